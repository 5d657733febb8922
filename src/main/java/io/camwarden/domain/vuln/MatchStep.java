package io.camwarden.domain.vuln;

/**
 * One step of a match's explanation, so an operator can check it by hand: which part of the data
 * ({@code where}: "configuration 2, node 1, match 3" or "advisory HSRC-202109-01"), the CPE criteria and
 * version range it holds, the identity field it was compared with, that field's value and where the value
 * came from (an observation's source, or "registry"), and what the comparison gave.
 */
public record MatchStep(String where, String criteria, String range, String identityField, String identityValue,
                        String source, MatchResult outcome) {
}
