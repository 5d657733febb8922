package io.camwarden.domain.vuln;

/**
 * One CVSS metric of a CVE as the data gives it: {@code version} "2.0", "3.0", "3.1" or "4.0", the vector,
 * the base score (0–10) and severity, who scored it ({@code source}) and whether it is the primary score
 * (NVD's own) or a secondary one (a CNA's).
 */
public record CvssScore(String version, String vector, double baseScore, String severity, String source,
                        boolean primary) {

    public CvssScore {
        if (baseScore < 0 || baseScore > 10) {
            throw new IllegalArgumentException("a CVSS base score is between 0 and 10, was " + baseScore);
        }
    }
}
