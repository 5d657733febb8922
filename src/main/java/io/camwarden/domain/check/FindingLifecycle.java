package io.camwarden.domain.check;

import java.time.LocalDate;

/**
 * How one result moves the finding of its (device, check):
 * <ul>
 *   <li>FAIL opens a finding, or keeps an open one open and moves its last-seen time;</li>
 *   <li>FAIL after CLOSED reopens it and counts the reopening;</li>
 *   <li>FAIL on an ACCEPTED_RISK finding keeps it accepted until the acceptance expires, then opens it;</li>
 *   <li>PASS closes an open or accepted finding (a pass with no finding stores nothing);</li>
 *   <li>NOT_APPLICABLE and NOT_TESTED change nothing: they are kept only in the result history.</li>
 * </ul>
 */
public final class FindingLifecycle {

    /** What happened to the finding. */
    public enum Change {
        OPENED, STILL_OPEN, REOPENED, CLOSED, STILL_CLOSED, STILL_ACCEPTED, ACCEPTANCE_EXPIRED, NONE;

        /** Whether the finding becomes OPEN from nothing, CLOSED or an expired acceptance: its owner is notified. */
        public boolean opens() {
            return this == OPENED || this == REOPENED || this == ACCEPTANCE_EXPIRED;
        }

        /** Whether the finding must be written. */
        public boolean writes() {
            return this != NONE;
        }
    }

    /** The change, and the finding as it must now be stored (the unchanged one, or null, for NONE). */
    public record Step(Change change, Finding finding) {
    }

    private FindingLifecycle() {
    }

    /**
     * @param current the stored finding of the result's (device, check), or null if there is none
     * @param result  a stored result (its id is kept as the finding's latest result)
     * @param today   the date acceptances are compared with
     */
    public static Step apply(Finding current, CheckResult result, String checkTitle, LocalDate today) {
        return switch (result.outcome()) {
            case NOT_APPLICABLE, NOT_TESTED -> new Step(Change.NONE, current);
            case FAIL -> fail(current, result, checkTitle, today);
            case PASS -> pass(current, result, checkTitle);
        };
    }

    private static Step fail(Finding f, CheckResult r, String title, LocalDate today) {
        if (f == null) {
            return new Step(Change.OPENED, new Finding(null, r.deviceId(), r.checkId(), title, FindingStatus.OPEN,
                    r.severity(), r.checkedAt(), r.checkedAt(), null, 0, r.outcome(), r.id(), r.evidence(),
                    r.ruleSetVersion(), null, r.checkedAt()));
        }
        return switch (f.status()) {
            case OPEN -> new Step(Change.STILL_OPEN, failed(f, r, title, FindingStatus.OPEN, f.closedAt(),
                    f.reopenedCount(), f.riskAcceptance()));
            case CLOSED -> new Step(Change.REOPENED, failed(f, r, title, FindingStatus.OPEN, null,
                    f.reopenedCount() + 1, null));
            case ACCEPTED_RISK -> f.riskAcceptance() != null && !f.riskAcceptance().until().isBefore(today)
                    ? new Step(Change.STILL_ACCEPTED, failed(f, r, title, FindingStatus.ACCEPTED_RISK, null,
                            f.reopenedCount(), f.riskAcceptance()))
                    : new Step(Change.ACCEPTANCE_EXPIRED, failed(f, r, title, FindingStatus.OPEN, null,
                            f.reopenedCount(), null));
        };
    }

    private static Finding failed(Finding f, CheckResult r, String title, FindingStatus status,
                                  java.time.Instant closedAt, int reopened, Finding.RiskAcceptance acceptance) {
        return new Finding(f.id(), f.deviceId(), f.checkId(), title, status, r.severity(), f.firstSeen(),
                r.checkedAt(), closedAt, reopened, r.outcome(), r.id(), r.evidence(), r.ruleSetVersion(),
                acceptance, r.checkedAt());
    }

    private static Step pass(Finding f, CheckResult r, String title) {
        if (f == null) {
            return new Step(Change.NONE, null);
        }
        boolean wasClosed = f.status() == FindingStatus.CLOSED;
        // the severity stays what the failure weighed; last seen stays the last time the problem was seen
        Finding closed = new Finding(f.id(), f.deviceId(), f.checkId(), title, FindingStatus.CLOSED, f.severity(),
                f.firstSeen(), f.lastSeen(), wasClosed ? f.closedAt() : r.checkedAt(), f.reopenedCount(),
                r.outcome(), r.id(), r.evidence(), r.ruleSetVersion(), null, r.checkedAt());
        return new Step(wasClosed ? Change.STILL_CLOSED : Change.CLOSED, closed);
    }
}
