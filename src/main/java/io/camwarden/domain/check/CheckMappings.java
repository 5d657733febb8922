package io.camwarden.domain.check;

/**
 * Where a check comes from in the rules, as the catalogue's columns give it (free text, "—" when none):
 * Vietnamese camera criteria (Decision 724/QĐ-BTTTT, QCVN 135:2024, Directive 23, the Hue letter),
 * security-level references (Decree 85 / TCVN 11930 and successors Decree 331/2026 / TCVN 14423:2026),
 * ETSI EN 303 645 provisions, and other references (NIST, UK PSTI, NDAA…).
 */
public record CheckMappings(String vnCameraCriteria, String vnSecurityLevelRefs, String etsiEn303645,
                            String otherRefs) {
}
