package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.InformationSystem;
import java.util.ArrayList;
import java.util.List;

/** INV-02: the device serves an information system that has a security level and an approved level dossier. */
public final class InformationSystemAssignmentCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "INV-02";
    }

    @Override
    public String howDecided() {
        return "From the registry: the device's information system, that system's security level, and its level"
                + " dossier (reference and approval date). FAIL when the device has no information system, the"
                + " system has no level, or the dossier is not approved.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        FactList facts = new FactList();
        InformationSystem s = f.system();
        if (s == null) {
            facts.add("device.information_system_id", null, f.deviceSource());
            return Decision.fail(facts.evidence("The device belongs to no information system, so no security level"
                    + " covers it: assign it to its system (informationSystemId)."));
        }
        String src = f.systemSource();
        facts.add("device.information_system_id", s.id(), f.deviceSource())
                .add("information_system.security_level", s.securityLevel(), src)
                .add("information_system.dossier_reference", s.dossier().reference(), src)
                .add("information_system.dossier_approved_on", s.dossier().approvedOn(), src);
        List<String> gaps = new ArrayList<>();
        if (s.securityLevel() == null) {
            gaps.add("has no security level");
        }
        if (!s.dossier().approved()) {
            gaps.add("has no approved level dossier (reference and approval date)");
        }
        if (!gaps.isEmpty()) {
            return Decision.fail(facts.evidence("Information system '" + s.name() + "' " + String.join(" and ", gaps)
                    + "."));
        }
        return Decision.pass(facts.evidence("The device serves information system '" + s.name() + "' at level "
                + s.securityLevel() + ", dossier " + s.dossier().reference() + " approved on "
                + s.dossier().approvedOn() + "."));
    }
}
