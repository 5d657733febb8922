package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.SecurityLevels;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * GOV-02: the periodic security assessment of the device's information system is not overdue. The due
 * date is the system's next_assessment_on, which the registry derives from the last assessment and the
 * level's interval (Decree 85 Art. 20.2c: every 2 years at levels 1–2, yearly at 3–4, every 6 months at 5)
 * unless it was set explicitly.
 */
public final class PeriodicAssessmentCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "GOV-02";
    }

    @Override
    public String howDecided() {
        return "From the registry: the information system's next_assessment_on (from the last assessment and the"
                + " level's interval, Decree 85 Art. 20.2c) compared with today. FAIL when it has passed, or when"
                + " no assessment is on record. NOT_APPLICABLE for a device without an information system. The"
                + " assessor's qualification (licensed organisation at L3+) is not recorded in the registry yet.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        InformationSystem s = f.system();
        if (s == null) {
            return FactList.noSystem(f, "no periodic assessment is scheduled for it");
        }
        FactList facts = new FactList();
        String src = f.systemSource();
        Integer level = s.securityLevel();
        facts.add("information_system.security_level", level, src)
                .add("information_system.last_assessment_on", s.lastAssessmentOn(), src)
                .add("information_system.next_assessment_on", s.nextAssessmentOn(), src);
        if (level != null) {
            facts.add("assessment_interval", SecurityLevels.assessmentInterval(level), "Decree 85 Art. 20.2c, level " + level);
        }
        facts.add("today", f.today(), "assessment date");
        LocalDate next = s.nextAssessmentOn();
        if (next == null) {
            return Decision.fail(facts.evidence(s.lastAssessmentOn() == null
                    ? "No periodic security assessment of information system '" + s.name() + "' is on record:"
                            + " assess it and record lastAssessmentOn."
                    : "Information system '" + s.name() + "' has no security level, so its next assessment date"
                            + " cannot follow: set the level or nextAssessmentOn."));
        }
        if (next.isBefore(f.today())) {
            return Decision.fail(facts.evidence("The periodic assessment of information system '" + s.name()
                    + "' was due on " + next + " and is " + ChronoUnit.DAYS.between(next, f.today())
                    + " days overdue."));
        }
        return Decision.pass(facts.evidence("The next periodic assessment of information system '" + s.name()
                + "' is due on " + next + "."));
    }
}
