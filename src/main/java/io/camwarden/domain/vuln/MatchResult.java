package io.camwarden.domain.vuln;

/**
 * Whether a CVE applies to a device. UNKNOWN is an answer, not a failure: the identity lacks what the
 * data needs (no firmware version, say), or the data itself cannot decide (NVD lists the firmware as "-").
 */
public enum MatchResult {
    AFFECTED, NOT_AFFECTED, UNKNOWN
}
