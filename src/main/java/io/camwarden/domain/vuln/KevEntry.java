package io.camwarden.domain.vuln;

import java.time.LocalDate;

/**
 * A CVE in CISA's Known Exploited Vulnerabilities catalog: when it was added, by when federal agencies must
 * act ({@code dueDate}), what to do, and whether it is known to be used in ransomware campaigns.
 */
public record KevEntry(String cve, String vendorProject, String product, String name, LocalDate dateAdded,
                       LocalDate dueDate, String requiredAction, boolean knownRansomwareUse, String notes) {
}
