package io.camwarden.domain.check;

import java.time.Instant;

/**
 * One run of the checks over a set of devices: who asked, over what, under which rule-set version, and
 * what came of it (results by outcome, findings opened, still open, reopened and closed).
 */
public record Assessment(Long id, String requestedBy, Long requestedByUserId, String subject, int ruleSetVersion,
                         Instant startedAt, Instant finishedAt, int devices, Counts results, FindingCounts findings) {

    /** Results by outcome. */
    public record Counts(int pass, int fail, int notApplicable, int notTested) {
    }

    /** How the run moved findings. */
    public record FindingCounts(int opened, int stillOpen, int reopened, int closed) {
    }
}
