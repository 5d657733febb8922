package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** INV-06: the device is within its vendor's support period. */
public final class EndOfSupportCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "INV-06";
    }

    @Override
    public String howDecided() {
        return "From the registry: the device's end_of_support date compared with today. FAIL when it has passed;"
                + " NOT_TESTED when no date is recorded. The catalogue's escalation to Critical (end of life and"
                + " a known-exploited vulnerability) is reported with the severity, not applied on its own.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        LocalDate eos = f.device().endOfSupport();
        FactList facts = new FactList().add("device.end_of_support", eos, f.deviceSource())
                .add("today", f.today(), "assessment date");
        if (eos == null) {
            return Decision.notTested(facts.evidence("No end-of-support date is recorded: add it from the vendor's"
                    + " published support period (ETSI EN 303 645 5.3-13)."));
        }
        if (eos.isBefore(f.today())) {
            return Decision.fail(facts.evidence("Vendor support ended on " + eos + ", "
                    + ChronoUnit.DAYS.between(eos, f.today()) + " days ago: plan the replacement (Hue H2)."));
        }
        return Decision.pass(facts.evidence("Supported until " + eos + "."));
    }
}
