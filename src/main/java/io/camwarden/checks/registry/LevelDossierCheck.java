package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.LevelDossier;
import java.util.ArrayList;
import java.util.List;

/**
 * GOV-01: the level dossier of the device's information system is complete: a reference, the level it
 * determined, an approval date and the approving body (Decree 85 Art. 12–15). Staleness after a major
 * change is not decided: the registry keeps no record of major changes to compare the approval date with.
 */
public final class LevelDossierCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "GOV-01";
    }

    @Override
    public String howDecided() {
        return "From the registry: the level dossier of the device's information system. FAIL when the reference,"
                + " the security level, the approval date or the approving body is missing. NOT_APPLICABLE for a"
                + " device without an information system (INV-02 reports that). Staleness after a major change is"
                + " not decided yet: the registry records no major changes.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        InformationSystem s = f.system();
        if (s == null) {
            return FactList.noSystem(f, "there is no dossier to check");
        }
        FactList facts = new FactList();
        LevelDossier d = s.dossier();
        String src = f.systemSource();
        facts.add("information_system.dossier_reference", d.reference(), src)
                .add("information_system.security_level", s.securityLevel(), src)
                .add("information_system.dossier_approved_on", d.approvedOn(), src)
                .add("information_system.dossier_approved_by", d.approvedBy(), src);
        List<String> missing = new ArrayList<>();
        if (FactList.blank(d.reference())) {
            missing.add("reference");
        }
        if (s.securityLevel() == null) {
            missing.add("security level");
        }
        if (d.approvedOn() == null) {
            missing.add("approval date");
        }
        if (FactList.blank(d.approvedBy())) {
            missing.add("approving body");
        }
        if (!missing.isEmpty()) {
            return Decision.fail(facts.evidence("The level dossier of information system '" + s.name()
                    + "' lacks its " + String.join(", ", missing) + ": record the approved dossier (Decree 85"
                    + " Art. 12–15)."));
        }
        return Decision.pass(facts.evidence("Dossier " + d.reference() + " (level " + s.securityLevel()
                + ") was approved on " + d.approvedOn() + " by " + d.approvedBy() + "."));
    }
}
