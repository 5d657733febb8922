package io.camwarden.fingerprint;

import java.util.Locale;

/**
 * The confidence words of CamWarden's data files and what they mean for a claim. Rows marked low
 * are leads, not facts (shared/README.md): they become {@link Authority#LEAD} claims that can never
 * outvote a real fingerprint.
 */
public enum Confidence {
    HIGH(0.85, Authority.FINGERPRINT),
    MEDIUM(0.6, Authority.FINGERPRINT),
    LOW(0.3, Authority.LEAD);

    private final double certainty;
    private final Authority authority;

    Confidence(double certainty, Authority authority) {
        this.certainty = certainty;
        this.authority = authority;
    }

    public double certainty() {
        return certainty;
    }

    public Authority authority() {
        return authority;
    }

    /** @throws IllegalArgumentException naming the accepted words */
    public static Confidence parse(String word) {
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("confidence '" + word + "' is not one of high, medium, low");
        }
    }
}
