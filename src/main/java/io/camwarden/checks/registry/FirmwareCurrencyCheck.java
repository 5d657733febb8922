package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;

/**
 * FW-01: firmware unknown or older than the newest known release for the model. Deciding it needs the
 * firmware version comparison of the vulnerability match (vendor version strings such as
 * "V5.4.5 build 170124" ordered correctly) and the newest known release per model; until both are wired
 * in, the check answers NOT_TESTED and says so.
 */
public final class FirmwareCurrencyCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "FW-01";
    }

    @Override
    public String howDecided() {
        return "From the registry (or the scan's identity): the device's firmware compared with the newest release"
                + " known for its vendor and model, using the vulnerability match's firmware version order. FAIL"
                + " when the firmware is unknown or older.";
    }

    @Override
    public String awaiting() {
        return "the firmware version comparison of the vulnerability match and the newest known firmware per model";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        return Decision.notTested(new FactList().add("device.vendor", f.device().vendor(), f.deviceSource())
                .add("device.model", f.device().model(), f.deviceSource())
                .add("device.firmware", f.device().firmware(), f.deviceSource())
                .evidence("Not decided yet: comparing firmware versions needs the vulnerability match's version"
                        + " order and the newest known firmware per model, which are not wired in yet."));
    }
}
