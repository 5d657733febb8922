package io.camwarden.vuln.bundle;

/** A bundle that failed verification. Nothing of it is imported. */
public class BundleRefusedException extends RuntimeException {

    private final Refusal reason;

    public BundleRefusedException(Refusal reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Refusal reason() {
        return reason;
    }

    /** What went wrong and what to do, for a person. */
    public String explanation() {
        return getMessage() + ". " + reason.advice();
    }
}
