package io.camwarden.fingerprint;

import java.util.Map;

/** A recog fingerprint that matched, and the parameters it asserts (e.g. hw.vendor → Hikvision). */
public record RecogHit(RecogDatabase database, RecogFingerprint fingerprint, Map<String, String> params) {

    public String description() {
        return fingerprint.description();
    }

    /** The certainty recog gives for a parameter family ("hw", "os", "service"), or {@code fallback}. */
    public double certainty(String family, double fallback) {
        String value = params.get(family + ".certainty");
        if (value == null) {
            return fallback;
        }
        try {
            double certainty = Double.parseDouble(value);
            return certainty >= 0 && certainty <= 1 ? certainty : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
