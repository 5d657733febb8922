package io.camwarden.checks.credential;

import java.util.List;

/**
 * What a credential audit of one device did: every attempt in order, why it stopped, and the pair that
 * worked if one did.
 */
public record CredentialAuditResult(List<CredentialAttempt> attempts, Stop stop, String stopReason,
                                    CredentialCandidate found, CredentialAttempt foundOn, int defaultsTried,
                                    int weakTried, int defaultsUntried) {

    /** Why the audit ended. */
    public enum Stop {
        /** A pair was accepted: the audit stops at the first success. */
        FOUND,
        /** The device showed signs of locking logins: stopped at once, the remaining pairs untried. */
        LOCKED_OUT,
        /** The attempt budget for the device is spent. */
        BUDGET_SPENT,
        /** Every candidate was tried within the budget and none worked. */
        EXHAUSTED,
        /** The device offers no service that asks for credentials. */
        NO_TARGET
    }

    public CredentialAuditResult {
        attempts = List.copyOf(attempts);
    }
}
