package io.camwarden.domain.check;

import java.time.Instant;

/**
 * A version of the check catalogue as the regulator adopted it: when, by whom, from which file (name and
 * SHA-256), and whether it is the one assessments use now. Exactly one version is active.
 */
public record RuleSet(int version, String origin, String sha256, int checkCount, Instant adoptedAt,
                      String adoptedBy, boolean active, String note) {
}
