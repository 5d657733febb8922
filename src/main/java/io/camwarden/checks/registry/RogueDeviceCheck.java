package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;

/**
 * INV-01: unmanaged (rogue) devices. A rogue device is a discovered host that matches no registry record,
 * so deciding it needs scan ingestion: discovered hosts reconciled with the registry by serial and MAC
 * (then by address). Until that is wired in, the check answers NOT_TESTED and says so.
 */
public final class RogueDeviceCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "INV-01";
    }

    @Override
    public String howDecided() {
        return "From scan ingestion: every discovered camera, NVR or DVR is reconciled with the registry by serial"
                + " and MAC; a discovered host with no matching record (owner, site, information system and level)"
                + " fails.";
    }

    @Override
    public String awaiting() {
        return "scan ingestion (discovered hosts reconciled with the registry), which is being built";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        return Decision.notTested(new FactList().add("device.mac", f.device().mac(), f.deviceSource())
                .add("device.serial", f.device().serial(), f.deviceSource())
                .evidence("Not decided yet: rogue devices are found by reconciling scan results with the registry,"
                        + " and CamWarden does not ingest scan results yet."));
    }
}
