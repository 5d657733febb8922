package io.camwarden.checks;

/**
 * How CamWarden decides one check today, as shown in docs/checks.md and GET /api/v1/checks.
 *
 * @param how         how the check is (or will be) decided; for COLLECTED and NOT_OBSERVABLE, why it cannot be
 *                    observed over the network
 * @param collectedBy for COLLECTED, how CamWarden collects it and decides; for NOT_OBSERVABLE, how it would be
 *                    collected once that is built
 * @param awaiting    for AWAITING, what is still missing
 */
public record Implementation(Status status, String how, String collectedBy, String awaiting) {

    public enum Status {
        /** A unit decides it now. */
        IMPLEMENTED,
        /** Not observable over the network; a unit decides it now from what CamWarden collects instead. */
        COLLECTED,
        /** A unit exists but waits for a capability another part of CamWarden is building; NOT_TESTED till then. */
        AWAITING,
        /** Observable over the network; comes with the protocol clients and the credential audit. */
        NETWORK,
        /** Not observable over the network, and the way to collect it is not built. */
        NOT_OBSERVABLE,
        /** A check a later rule set added that CamWarden has no code or plan for. */
        UNKNOWN
    }

    /** The sentence that NOT_TESTED evidence gives for a check no unit decides now. */
    public String notTestedReason() {
        return switch (status) {
            case IMPLEMENTED, COLLECTED -> "";
            case AWAITING -> "Not decided yet: it needs " + awaiting + ".";
            case NETWORK -> "Needs a network check, which this CamWarden does not run yet: " + how;
            case NOT_OBSERVABLE -> "Not observable over the network: " + how + " It would be collected by: " + collectedBy;
            case UNKNOWN -> "CamWarden has no way to decide this check yet; the rule set added it.";
        };
    }
}
