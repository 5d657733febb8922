package io.camwarden.domain.scan;

/**
 * One identity fact with how sure we are (0 to 1) and where it came from: an observation's source
 * ("onvif.model@80"), optionally with the fingerprint that interpreted it.
 */
public record IdentityField(String value, double confidence, String source) {

    public IdentityField {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }
}
