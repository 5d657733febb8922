package io.camwarden.domain.check;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What is wrong with one device according to one check: one per (device, check), however many
 * assessments saw it. {@code firstSeen}/{@code lastSeen} span the failures; {@code reopenedCount} counts
 * how often a fixed problem came back. The latest deciding result (FAIL or PASS) and the rule-set
 * version that decided it are kept; NOT_APPLICABLE and NOT_TESTED results leave a finding alone.
 */
public record Finding(Long id, long deviceId, String checkId, String checkTitle, FindingStatus status,
                      Severity severity, Instant firstSeen, Instant lastSeen, Instant closedAt, int reopenedCount,
                      Outcome latestOutcome, Long latestResultId, Evidence evidence, int ruleSetVersion,
                      RiskAcceptance riskAcceptance, Instant updatedAt) {

    /** Who accepted the risk of an open finding, why, and until when (inclusive). */
    public record RiskAcceptance(String reason, LocalDate until, String by, Instant at) {
    }
}
