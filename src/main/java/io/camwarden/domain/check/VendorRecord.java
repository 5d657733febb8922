package io.camwarden.domain.check;

import java.time.Instant;

/**
 * What the regulator's vendor register says of one vendor's security practice (check FW-04): where
 * vulnerabilities are reported (a PSIRT page, security.txt, an e-mail address), where security advisories
 * are published, and the published support period. A null field means none is known.
 */
public record VendorRecord(Long id, String vendor, String disclosureChannel, String advisoryFeed,
                           String supportPeriod, String source, String note, Instant recordedAt, String recordedBy) {

    /** The three things ETSI EN 303 645 5.2-1 / 5.3-13 and Decision 724 §3-4 ask a vendor to publish. */
    public java.util.List<String> missing() {
        java.util.List<String> m = new java.util.ArrayList<>();
        if (blank(disclosureChannel)) {
            m.add("a vulnerability-reporting channel");
        }
        if (blank(advisoryFeed)) {
            m.add("an advisory feed");
        }
        if (blank(supportPeriod)) {
            m.add("a published support period");
        }
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
