package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.MatchResult;

/**
 * Kleene's three-valued logic, in which NVD configurations are evaluated: a CPE match is TRUE or FALSE for a
 * device when the identity says enough, UNKNOWN when it does not. FALSE wins an AND and TRUE wins an OR even
 * beside UNKNOWN, so an answer is firm whenever the known facts alone decide it.
 */
enum Truth {
    TRUE, FALSE, UNKNOWN;

    static Truth of(boolean b) {
        return b ? TRUE : FALSE;
    }

    Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    Truth not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    MatchResult result() {
        return this == TRUE ? MatchResult.AFFECTED : this == FALSE ? MatchResult.NOT_AFFECTED : MatchResult.UNKNOWN;
    }
}
