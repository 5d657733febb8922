package io.camwarden.checks;

import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.Check;
import io.camwarden.domain.check.CheckResult;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.check.Severity;
import io.camwarden.domain.check.SeverityRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the checks of a rule set on one device. For every check of the catalogue, in order:
 * <ol>
 *   <li>below the check's minimum level → NOT_APPLICABLE, saying which level and which minimum;</li>
 *   <li>no unit decides it → NOT_TESTED, saying how CamWarden covers it instead ({@link Coverage});</li>
 *   <li>otherwise its unit decides, and the result gets the severity the rule set gives at the device's
 *       level.</li>
 * </ol>
 * When the level is unknown (no information system, or a system without a level) every check applies and
 * the base severity is used: a missing level must never hide a problem. The evidence says so.
 */
public final class CheckEngine {

    private final CheckUnits units;

    public CheckEngine(CheckUnits units) {
        this.units = units;
    }

    public CheckUnits units() {
        return units;
    }

    public List<CheckResult> run(Catalogue catalogue, CheckSubject subject, Instant at) {
        List<CheckResult> results = new ArrayList<>(catalogue.checks().size());
        for (Check c : catalogue.checks()) {
            results.add(run(catalogue.version(), c, subject, at));
        }
        return results;
    }

    CheckResult run(int version, Check c, CheckSubject subject, Instant at) {
        DeviceFacts f = subject.facts();
        Integer level = f.securityLevel();
        Severity severity = c.severity().at(level);
        Decision d;
        if (level != null && !c.minLevel().appliesAt(level)) {
            d = Decision.notApplicable(Evidence.of("The check applies from security level " + c.minLevel().level()
                            + "; information system '" + f.system().name() + "' is at level " + level + ".",
                    Evidence.fact("information_system.security_level", level, f.systemSource()),
                    Evidence.fact("check.min_level", c.minLevel().text(), "rule set v" + version + " " + c.id())));
        } else {
            Optional<CheckUnit> unit = units.unit(c.id());
            d = unit.isPresent() ? unit.get().decide(subject)
                    : Decision.notTested(Evidence.of(units.implementation(c.id()).notTestedReason()));
            d = new Decision(d.outcome(), withLevelFacts(d.evidence(), c, level, version), d.address(), d.port());
        }
        return new CheckResult(null, null, f.device().id(), c.id(), version, d.outcome(), severity, d.evidence(),
                d.address(), d.port(), at);
    }

    /** Says how the level was used when it matters: an unknown level, or a severity that depends on the level. */
    private static Evidence withLevelFacts(Evidence e, Check c, Integer level, int version) {
        List<Evidence.Fact> more = new ArrayList<>();
        String rule = "rule set v" + version + " " + c.id();
        if (level == null) {
            more.add(Evidence.fact("security_level", "unknown: every check applies, at its base severity "
                    + c.severity().base().label(), "CamWarden rule for devices without a level"));
        }
        SeverityRule s = c.severity();
        if (!s.byLevel().isEmpty() || !s.escalations().isEmpty()) {
            more.add(Evidence.fact("check.severity", s.text(), rule));
        }
        return more.isEmpty() ? e : e.with(more);
    }
}
