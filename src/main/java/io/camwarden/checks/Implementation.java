package io.camwarden.checks;

/**
 * How CamWarden decides one check today, as shown in docs/checks.md and GET /api/v1/checks.
 *
 * @param how         how the check is (or will be) decided; for NOT_OBSERVABLE, why it cannot be observed
 * @param collectedBy for NOT_OBSERVABLE, how CamWarden collects it instead
 * @param awaiting    for AWAITING, what is still missing
 */
public record Implementation(Status status, String how, String collectedBy, String awaiting) {

    public enum Status {
        /** A unit decides it now. */
        IMPLEMENTED,
        /** A unit exists but waits for a capability another part of CamWarden is building; NOT_TESTED till then. */
        AWAITING,
        /** Observable over the network; comes with the protocol clients and the credential audit. */
        NETWORK,
        /** Decided by the offline vulnerability match. */
        VULNERABILITY,
        /** Not observable over the network; collected another way. */
        NOT_OBSERVABLE,
        /** A check a later rule set added that CamWarden has no code or plan for. */
        UNKNOWN
    }

    /** The sentence that NOT_TESTED evidence gives for a check no unit decides now. */
    public String notTestedReason() {
        return switch (status) {
            case IMPLEMENTED -> "";
            case AWAITING -> "Not decided yet: it needs " + awaiting + ".";
            case NETWORK -> "Needs a network check, which this CamWarden does not run yet: " + how;
            case VULNERABILITY -> "Decided by the vulnerability match, which this assessment does not include: " + how;
            case NOT_OBSERVABLE -> "Not observable over the network: " + how + " Collected instead by: " + collectedBy;
            case UNKNOWN -> "CamWarden has no way to decide this check yet; the rule set added it.";
        };
    }
}
