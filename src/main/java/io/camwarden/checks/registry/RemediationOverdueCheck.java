package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.check.RemediationSla;
import io.camwarden.domain.check.Severity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GOV-05: no finding of the device stays open past the remediation deadline the regulator sets for its
 * severity. Decided after the device's other checks: a finding this assessment closes (its check passed) is
 * not overdue. A finding whose risk was accepted is the approved exception, and is not overdue either.
 */
public final class RemediationOverdueCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "GOV-05";
    }

    @Override
    public String notObservable() {
        return "How long a finding stays open is a fact of the findings workflow, not of the device.";
    }

    @Override
    public String howDecided() {
        return "CamWarden's own findings against the remediation deadlines the regulator sets per severity (PUT"
                + " /api/v1/remediation-slas/{severity} with the days a finding may stay open). Decided after the"
                + " device's other checks: FAIL when a finding is still OPEN (not closed by this assessment's pass)"
                + " more days after it was first seen than its severity allows; an accepted risk (with reason and"
                + " expiry) is the approved exception and does not count. PASS otherwise; NOT_TESTED while the"
                + " regulator has set no deadline. The replacement decision for devices that cannot be remediated is"
                + " not recorded in CamWarden yet.";
    }

    @Override
    public boolean decidesAfterOthers() {
        return true;
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        Map<Severity, Integer> days = new EnumMap<>(Severity.class);
        FactList facts = new FactList();
        for (RemediationSla s : f.remediationSlas()) {
            days.put(s.severity(), s.days());
            facts.add("remediation_sla." + s.severity(), s.days() + " days", "set by " + s.setBy() + " at " + s.setAt());
        }
        if (days.isEmpty()) {
            return Decision.notTested(facts.evidence("The regulator has set no remediation deadline, so no finding can"
                    + " be overdue: set the days per severity with PUT /api/v1/remediation-slas/{severity}."));
        }
        List<String> overdue = new ArrayList<>();
        int open = 0;
        for (Finding x : f.findings()) {
            if (x.checkId().equals(checkId()) || x.status() != FindingStatus.OPEN
                    || subject.decided().get(x.checkId()) == Outcome.PASS) {
                continue;
            }
            open++;
            Integer allowed = days.get(x.severity());
            if (allowed == null) {
                continue;
            }
            LocalDate first = x.firstSeen().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate due = first.plusDays(allowed);
            if (f.today().isAfter(due)) {
                long late = ChronoUnit.DAYS.between(due, f.today());
                overdue.add(x.checkId() + " (" + x.severity() + ", open since " + first + ", due " + due + ", " + late
                        + (late == 1 ? " day" : " days") + " overdue)");
                facts.add("finding." + x.id(), x.checkId() + " " + x.severity() + " first seen " + first + ", due " + due,
                        "finding " + x.id() + " of " + f.deviceSource());
            }
        }
        facts.add("open_findings", open, f.deviceSource() + " findings");
        if (!overdue.isEmpty()) {
            return Decision.fail(facts.evidence("Remediation is overdue for " + overdue.size() + " finding"
                    + (overdue.size() == 1 ? "" : "s") + ": " + String.join("; ", overdue) + ". Fix the device, replace"
                    + " it, or record an approved exception by accepting the finding's risk."));
        }
        return Decision.pass(facts.evidence(open == 0 ? "The device has no open finding."
                : "None of the device's " + open + " open findings is past its remediation deadline."));
    }
}
