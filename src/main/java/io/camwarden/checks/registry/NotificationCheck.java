package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.domain.check.NotificationWindows;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.check.Severity;
import io.camwarden.domain.check.SeverityRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GOV-04: every open finding of the device was notified to its recipients within the notification window of its
 * severity that the rule set gives ({@link NotificationWindows}) and acknowledged within the same window after
 * sending. Decided after the
 * device's other checks, like GOV-05: a finding this assessment closes needs no notice any more. A failure that
 * concerns a critical finding takes the catalogue's escalation ("Medium (High for Critical findings)").
 */
public final class NotificationCheck implements CheckUnit {

    private static final Pattern CRITICAL_FINDINGS = Pattern.compile("(?i)\\bcritical\\s+findings?\\b");

    @Override
    public String checkId() {
        return "GOV-04";
    }

    @Override
    public String notObservable() {
        return "Whether a finding was notified and acknowledged is a fact of the notification workflow, not of the"
                + " device.";
    }

    @Override
    public String howDecided() {
        return "CamWarden's own notification log: when a finding opens or reopens, an e-mail notice goes to the"
                + " device's owner, its operator and the ISP above a subscriber owner, in each contact's language"
                + " (GET /api/v1/notifications); the recipient acknowledges it (POST"
                + " /api/v1/notifications/{id}/acknowledge). For each open finding (not closed by this assessment):"
                + " FAIL when no notice of its latest opening was sent within the notification window of its"
                + " severity, or a sent notice was not acknowledged within the same window after sending. The rule"
                + " set gives the windows in the notification_windows column of this row (\"Critical 24 h; High 72 h;"
                + " Medium 7 days; Low 7 days\"), so the regulator changes them with a new version; a severity it"
                + " leaves out takes CamWarden's default: critical 24 h, as the catalogue says, high 72 h, medium and"
                + " low 7 days. PASS when every open"
                + " finding was notified and acknowledged in time, or is still within its windows; NOT_APPLICABLE"
                + " without open findings. A failure weighs High when a late or unacknowledged notice concerns a"
                + " Critical finding (the rule set's \"High for Critical findings\"), Medium otherwise. Bulk ISP"
                + " campaigns are not part of it.";
    }

    /** "High for Critical findings": the failure concerns a critical finding. */
    @Override
    public boolean decidesEscalation(SeverityRule.Escalation escalation) {
        return CRITICAL_FINDINGS.matcher(escalation.condition()).find();
    }

    @Override
    public boolean decidesAfterOthers() {
        return true;
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        FactList facts = new FactList();
        Instant now = f.notifications().at();
        if (now == null) {
            return Decision.notTested(facts.evidence("The notification log was not read for this run: GOV-04 is"
                    + " decided by the server's assessments."));
        }
        List<String> late = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int open = 0;
        int criticalLate = 0;
        for (Finding x : f.findings()) {
            if (x.checkId().equals(checkId()) || x.status() != FindingStatus.OPEN
                    || subject.decided().get(x.checkId()) == Outcome.PASS) {
                continue;
            }
            open++;
            String problem = judge(x, f.notifications(), now, facts, f, pending);
            if (problem != null) {
                late.add(problem);
                criticalLate += x.severity() == Severity.CRITICAL ? 1 : 0;
            }
        }
        facts.add("open_findings", open, f.deviceSource() + " findings");
        if (open > 0) {
            facts.add("notification_windows", f.notifications().windows().text(), f.notifications().windows().source());
        }
        if (open == 0) {
            return Decision.notApplicable(facts.evidence("The device has no open finding, so there is nothing to"
                    + " notify."));
        }
        if (!late.isEmpty()) {
            Decision fail = Decision.fail(facts.evidence(late.size() + " of " + open + " open finding"
                    + (open == 1 ? " was" : "s were") + " not notified or acknowledged in time"
                    + (criticalLate == 0 ? "" : " (" + criticalLate + " of them critical)") + ": "
                    + String.join("; ", late) + ". Configure the SMTP server (CAMWARDEN_SMTP_HOST) and the"
                    + " organisations' e-mail contacts, and have the recipient acknowledge the notice (POST"
                    + " /api/v1/notifications/{id}/acknowledge)."));
            // the catalogue's "High for Critical findings": a late notice about a critical finding weighs more
            return criticalLate == 0 ? fail : fail.escalate();
        }
        return Decision.pass(facts.evidence("Every one of the " + open + " open findings was notified and"
                + " acknowledged in time" + (pending.isEmpty() ? "." : ", or is still within its window: "
                + String.join("; ", pending) + ".")));
    }

    /** Why the finding breaks the SLA, or null when it does not (a finding still within a window goes to pending). */
    private static String judge(Finding x, DeviceFacts.Notifications log, Instant now, FactList facts, DeviceFacts f,
                                List<String> pending) {
        List<FindingNotice> mine = log.notices().stream().filter(n -> n.findingId() == x.id()).toList();
        // the SLA counts from the latest opening; a finding opened before notices existed counts from first seen
        Instant opened = mine.stream().map(FindingNotice::openedAt).max(Comparator.naturalOrder()).orElse(x.firstSeen());
        List<FindingNotice> current = mine.stream().filter(n -> n.openedAt().equals(opened)).toList();
        Duration sla = log.windows().of(x.severity());
        String name = "finding " + x.id() + " " + x.checkId() + " (" + x.severity() + ", opened " + opened + ", SLA "
                + log.windows().label(x.severity()) + ")";
        Instant notifyBy = opened.plus(sla);
        FindingNotice sent = current.stream().filter(n -> n.sentAt() != null)
                .min(Comparator.comparing(FindingNotice::sentAt)).orElse(null);
        if (sent == null) {
            String why = current.isEmpty() ? "no notice queued"
                    : current.stream().map(n -> "notice " + n.id() + " to " + n.recipient().organizationName() + " "
                    + state(n)).reduce((a, b) -> a + ", " + b).orElse("");
            if (now.isAfter(notifyBy)) {
                facts.add("finding." + x.id(), name + " not notified by " + notifyBy, "finding " + x.id() + " of "
                        + f.deviceSource());
                return name + " not notified by " + notifyBy + " (" + why + ")";
            }
            pending.add(name + " to be notified by " + notifyBy);
            return null;
        }
        if (sent.sentAt().isAfter(notifyBy)) {
            facts.add("finding." + x.id(), name + " notified late at " + sent.sentAt(), "notice " + sent.id());
            return name + " notified only at " + sent.sentAt() + ", due by " + notifyBy + " (notice " + sent.id() + ")";
        }
        FindingNotice acked = current.stream().filter(n -> n.acknowledgedAt() != null)
                .min(Comparator.comparing(FindingNotice::acknowledgedAt)).orElse(null);
        Instant ackBy = sent.sentAt().plus(sla);
        if (acked == null) {
            if (now.isAfter(ackBy)) {
                facts.add("finding." + x.id(), name + " sent " + sent.sentAt() + ", not acknowledged by " + ackBy,
                        "notice " + sent.id());
                return name + " sent at " + sent.sentAt() + " (notice " + sent.id() + ") but not acknowledged by "
                        + ackBy;
            }
            pending.add(name + " sent at " + sent.sentAt() + ", to be acknowledged by " + ackBy);
            return null;
        }
        facts.add("finding." + x.id(), name + " sent " + sent.sentAt() + ", acknowledged " + acked.acknowledgedAt()
                + " by " + acked.acknowledgedBy(), "notice " + acked.id());
        if (acked.acknowledgedAt().isAfter(ackBy)) {
            return name + " acknowledged only at " + acked.acknowledgedAt() + ", due by " + ackBy + " (notice "
                    + acked.id() + ")";
        }
        return null;
    }

    /** "not sent: no SMTP server configured …", "FAILED: the mail server … refused it", "QUEUED". */
    private static String state(FindingNotice n) {
        if (n.error() == null) {
            return n.status().name();
        }
        return n.status() == FindingNotice.Status.NOT_SENT ? n.error() : n.status() + ": " + n.error();
    }
}
