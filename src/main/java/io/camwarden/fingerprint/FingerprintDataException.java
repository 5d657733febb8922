package io.camwarden.fingerprint;

/** A fingerprint data file is missing or unreadable; the message names the file and what to do. */
public class FingerprintDataException extends RuntimeException {

    public FingerprintDataException(String message, Throwable cause) {
        super(message, cause);
    }

    public FingerprintDataException(String message) {
        super(message);
    }
}
