package io.camwarden.domain.vuln;

import java.time.LocalDate;
import java.util.List;

/**
 * A vendor's (or the regulator's) statement of which firmware of which models a CVE affects, where NVD's
 * data cannot decide. {@code modelPattern} is a glob over the model name, case-insensitive ({@code *} any
 * run, {@code ?} one character: "DS-2CD2*"). Firmware {@code affectedFrom} (inclusive, null for all
 * earlier) up to {@code fixedIn} (the first fixed build, exclusive; null when no fix exists).
 */
public record VendorAdvisory(String id, String vendor, String modelPattern, List<String> cves, String affectedFrom,
                             String fixedIn, String reference, LocalDate published) {

    public VendorAdvisory {
        cves = List.copyOf(cves);
    }
}
