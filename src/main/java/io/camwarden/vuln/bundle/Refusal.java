package io.camwarden.vuln.bundle;

/** Why a bundle was refused, each with what the operator should do about it. */
public enum Refusal {
    NOT_A_BUNDLE("Check that this is the bundle file you meant; bundles are made with `camwarden bundle create`."),
    DAMAGED("The file was damaged or altered on its way here. Fetch it again and compare its SHA-256 with the one"
            + " the publisher announced."),
    UNSIGNED("Unsigned data is never imported. Ask the publisher for a signed bundle."),
    UNKNOWN_SIGNER("If this fingerprint is the one your publisher announced, trust their public key"
            + " (--trust PUBKEY, or CAMWARDEN_BUNDLE_KEYS / camwarden.bundle-keys on the server); otherwise do not"
            + " import this bundle."),
    BAD_SIGNATURE("The bundle was altered after it was signed, or is damaged. Do not import it; fetch a fresh copy"
            + " from the publisher."),
    TAMPERED("A file differs from what the signed manifest says. The bundle was altered after it was signed, or is"
            + " damaged. Do not import it; fetch a fresh copy from the publisher."),
    BAD_MANIFEST("The signed manifest itself is faulty, so the publisher made a bad bundle. Report it to them."),
    TOO_LARGE("No genuine bundle is this large. Do not import it; if it really comes from your publisher, report it"
            + " to them.");

    private final String advice;

    Refusal(String advice) {
        this.advice = advice;
    }

    public String advice() {
        return advice;
    }
}
