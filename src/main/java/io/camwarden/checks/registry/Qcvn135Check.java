package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceKind;
import java.time.LocalDate;

/**
 * INV-04: an IP camera carries its QCVN 135:2024/BTTTT conformity (certificate or declaration). The
 * regulation covers IP cameras (HS 8525.60.00 and 8525.81–89), and is mandatory for cameras imported or
 * produced from 2026-01-01 (Circular 21/2024/TT-BTTTT).
 */
public final class Qcvn135Check implements CheckUnit {

    /** From this date IP cameras must conform to QCVN 135:2024 (shared/docs/criteria.md §0, §1.2). */
    public static final LocalDate MANDATORY_FROM = LocalDate.of(2026, 1, 1);

    @Override
    public String checkId() {
        return "INV-04";
    }

    @Override
    public String howDecided() {
        return "From the registry: the device's qcvn135 field (conformity certificate or declaration number)."
                + " Applies to devices of kind CAMERA (QCVN 135 covers IP cameras; NOT_APPLICABLE for NVR, DVR,"
                + " encoder and other kinds). FAIL when it is empty, unless installed_on is before " + MANDATORY_FROM
                + ", when conformity became mandatory (then NOT_APPLICABLE; an unknown install date counts as"
                + " after).";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        Device d = f.device();
        FactList facts = new FactList().add("device.kind", d.kind(), f.deviceSource());
        if (d.kind() != DeviceKind.CAMERA) {
            return Decision.notApplicable(facts.evidence("QCVN 135:2024 covers IP cameras; this device is a "
                    + d.kind() + "."));
        }
        facts.add("device.qcvn135", d.qcvn135(), f.deviceSource());
        if (!FactList.blank(d.qcvn135())) {
            return Decision.pass(facts.evidence("QCVN 135 conformity " + d.qcvn135() + " is on file."));
        }
        facts.add("device.installed_on", d.installedOn(), f.deviceSource());
        if (d.installedOn() != null && d.installedOn().isBefore(MANDATORY_FROM)) {
            return Decision.notApplicable(facts.evidence("No QCVN 135 conformity on file, but the camera was"
                    + " installed on " + d.installedOn() + ", before conformity became mandatory on "
                    + MANDATORY_FROM + "."));
        }
        return Decision.fail(facts.evidence("No QCVN 135:2024 conformity certificate or declaration is on file for"
                + " this camera" + (d.installedOn() == null ? " (install date unknown, so taken as after "
                + MANDATORY_FROM + ")" : "") + ": record its number, or replace the camera with a conforming model."));
    }
}
