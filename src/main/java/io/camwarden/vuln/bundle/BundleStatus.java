package io.camwarden.vuln.bundle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** How fresh the server's data is, and whether it can take new bundles. */
public record BundleStatus(
        @Schema(description = "When the publisher made the newest imported bundle; null when none was imported")
        Instant newestCreatedAt,
        @Schema(description = "Whole days since newestCreatedAt") Long ageDays,
        @Schema(description = "camwarden.bundles.max-age-days") int maxAgeDays,
        @Schema(description = "True when the data is older than maxAgeDays, or there is none") boolean stale,
        @Schema(description = "The age, in words, with what to do when stale") String message,
        long bundlesImported,
        @Schema(description = "SHA-256 fingerprints of the public keys whose bundles the server accepts")
        List<String> trustedKeys,
        @Schema(description = "Why the server cannot accept bundles now (no or broken trusted keys); null when it can")
        String keyProblem) {
}
