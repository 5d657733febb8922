package io.camwarden.fingerprint;

import io.camwarden.domain.scan.Observation;
import java.util.Objects;

/**
 * One thing an observation says about a host's identity, e.g. "vendor is Hikvision", with how sure
 * the interpretation is (0 to 1), how much it may decide ({@link Authority}), the observation it came
 * from and the fingerprint that read it ({@code via}, null when the observation is the fact itself).
 */
public record Claim(IdentityAttribute attribute, String value, double certainty, Authority authority,
                    Observation observation, String via) {

    public Claim {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(observation, "observation");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a claim needs a value");
        }
        value = value.strip();
        if (!(certainty >= 0 && certainty <= 1)) {
            throw new IllegalArgumentException("certainty must be between 0 and 1, was " + certainty);
        }
    }

    /** Where the claim came from, as identity fields cite it: "http.server@80 via recog http_servers.xml". */
    public String source() {
        return via == null ? observation.source() : observation.source() + " via " + via;
    }
}
