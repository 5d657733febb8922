package io.camwarden.checks;

import io.camwarden.domain.Decommission;
import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.Check;
import io.camwarden.domain.check.CheckResult;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.check.Severity;
import io.camwarden.domain.check.SeverityRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the checks of a rule set on one device. For every check of the catalogue, in order:
 * <ol>
 *   <li>below the check's minimum level → NOT_APPLICABLE, saying which level and which minimum;</li>
 *   <li>the device was decommissioned and the unit does not decide decommissioned devices → NOT_APPLICABLE;</li>
 *   <li>no unit decides it → NOT_TESTED, saying how CamWarden covers it instead ({@link Coverage});</li>
 *   <li>otherwise its unit decides, and the result gets the severity the rule set gives at the device's
 *       level.</li>
 * </ol>
 * When the level is unknown (no information system, or a system without a level) every check applies and
 * the base severity is used: a missing level must never hide a problem. The evidence says so. Units that
 * decide after the others (GOV-05) run last and see the other outcomes of the device. A unit that decides an
 * escalation of its row ("Medium (High for Critical findings)") and says it holds gets the escalated severity.
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
        List<Check> checks = catalogue.checks();
        List<CheckResult> results = new ArrayList<>(checks.size());
        Map<String, Outcome> decided = new LinkedHashMap<>();
        List<Integer> afterOthers = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (units.unit(c.id()).map(CheckUnit::decidesAfterOthers).orElse(false)) {
                afterOthers.add(i);
                results.add(null);
                continue;
            }
            CheckResult r = run(catalogue.version(), c, subject, at);
            decided.put(c.id(), r.outcome());
            results.add(r);
        }
        CheckSubject withOthers = subject.withDecided(decided);
        for (int i : afterOthers) {
            results.set(i, run(catalogue.version(), checks.get(i), withOthers, at));
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
        } else if (f.decommission() != null && !units.unit(c.id()).map(CheckUnit::decidesDecommissioned).orElse(false)) {
            Decommission dc = f.decommission();
            d = Decision.notApplicable(Evidence.of("Device " + f.device().id() + " was decommissioned on "
                            + dc.decommissionedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() + " ("
                            + dc.disposition() + "): it is out of service, so only the checks of how it left are"
                            + " decided.",
                    Evidence.fact("decommission.disposition", dc.disposition(), f.deviceSource() + " decommission record"),
                    Evidence.fact("decommission.decommissioned_by", dc.decommissionedBy(),
                            f.deviceSource() + " decommission record")));
        } else {
            Optional<CheckUnit> unit = units.unit(c.id());
            d = unit.isPresent() ? unit.get().decide(subject)
                    : Decision.notTested(Evidence.of(units.implementation(c.id()).notTestedReason()));
            Evidence e = withLevelFacts(d.evidence(), c, level, version);
            if (d.escalated()) {
                Escalated x = escalate(c, unit.orElseThrow(), severity, version);
                severity = x.severity();
                e = e.with(List.of(x.fact()));
            }
            d = d.withEvidence(e);
        }
        return new CheckResult(null, null, f.device().id(), c.id(), version, d.outcome(), severity, d.evidence(),
                d.address(), d.port(), at);
    }

    private record Escalated(Severity severity, Evidence.Fact fact) {
    }

    /**
     * The unit says its escalation condition holds: the severity the rule set gives for it (never lower than the
     * severity at the level). A rule set without such an escalation keeps its severity, and the evidence says so.
     */
    private static Escalated escalate(Check c, CheckUnit unit, Severity severity, int version) {
        String rule = "rule set v" + version + " " + c.id();
        Optional<SeverityRule.Escalation> e = c.severity().escalations().stream().filter(unit::decidesEscalation)
                .max(java.util.Comparator.comparing(SeverityRule.Escalation::severity));
        if (e.isEmpty()) {
            return new Escalated(severity, Evidence.fact("check.severity.escalation", "the escalation condition holds,"
                    + " but this rule set gives no escalation for it: " + severity.label() + " applies", rule));
        }
        Severity higher = e.get().severity().compareTo(severity) > 0 ? e.get().severity() : severity;
        return new Escalated(higher, Evidence.fact("check.severity.escalation", e.get().severity().label() + " "
                + e.get().condition() + ": the condition holds, " + higher.label() + " applies", rule));
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
