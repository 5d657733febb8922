package io.camwarden.domain.vuln;

import java.time.LocalDate;

/**
 * FIRST's EPSS estimate for a CVE: the probability (0–1) of exploitation activity in the next 30 days,
 * its percentile among all scored CVEs (0–1), and the day the scores were computed (null if the file
 * does not say).
 */
public record EpssScore(String cve, double score, double percentile, LocalDate scoreDate) {

    public EpssScore {
        if (score < 0 || score > 1 || percentile < 0 || percentile > 1) {
            throw new IllegalArgumentException("EPSS score and percentile are between 0 and 1 (" + cve + ")");
        }
    }
}
