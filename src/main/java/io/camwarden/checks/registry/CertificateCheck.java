package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.Device;
import java.util.ArrayList;
import java.util.List;

/** INV-03: the device record carries its certificate of origin (CO) and of quality (CQ). */
public final class CertificateCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "INV-03";
    }

    @Override
    public String howDecided() {
        return "From the registry: the device's certificate_origin (CO) and certificate_quality (CQ) fields. FAIL"
                + " when either is empty. CamWarden records the certificate numbers; it does not verify them with"
                + " the issuer.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        Device d = f.device();
        FactList facts = new FactList()
                .add("device.certificate_origin", d.certificateOrigin(), f.deviceSource())
                .add("device.certificate_quality", d.certificateQuality(), f.deviceSource());
        List<String> missing = new ArrayList<>();
        if (FactList.blank(d.certificateOrigin())) {
            missing.add("certificate of origin (CO)");
        }
        if (FactList.blank(d.certificateQuality())) {
            missing.add("certificate of quality (CQ)");
        }
        if (!missing.isEmpty()) {
            return Decision.fail(facts.evidence("No " + String.join(" and no ", missing) + " is on file for the"
                    + " device: record the certificate numbers from the procurement papers."));
        }
        return Decision.pass(facts.evidence("CO " + d.certificateOrigin() + " and CQ " + d.certificateQuality()
                + " are on file."));
    }
}
