package io.camwarden.domain.vuln;

import java.time.Duration;
import java.time.Instant;

/**
 * How old the newest imported data is, and whether that is too old. Age counts from when the
 * publisher made the bundle, not from the import: an old bundle imported today is still old data.
 *
 * @param newestCreatedAt creation time of the newest imported bundle; null when none was imported
 * @param ageDays         whole days since then; null when none was imported
 * @param stale           older than maxAgeDays, or no data at all
 */
public record DataAge(Instant newestCreatedAt, Long ageDays, int maxAgeDays, boolean stale, String message) {

    public static DataAge of(Instant newestCreatedAt, Instant now, int maxAgeDays) {
        if (newestCreatedAt == null) {
            return new DataAge(null, null, maxAgeDays, true, "no vulnerability data has been imported yet:"
                    + " import a signed bundle (camwarden bundle import FILE, or POST /api/v1/bundles)");
        }
        Duration age = Duration.between(newestCreatedAt, now);
        long days = Math.max(0, age.toDays());
        boolean stale = age.compareTo(Duration.ofDays(maxAgeDays)) > 0;
        String message = stale
                ? "vulnerability data is " + days + " days old, older than the " + maxAgeDays + " days allowed:"
                + " findings may miss recent vulnerabilities; import a newer bundle"
                : "vulnerability data is " + days + " days old (limit " + maxAgeDays + " days)";
        return new DataAge(newestCreatedAt, days, maxAgeDays, stale, message);
    }
}
