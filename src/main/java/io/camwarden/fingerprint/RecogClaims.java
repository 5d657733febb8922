package io.camwarden.fingerprint;

import io.camwarden.domain.scan.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a recog match into identity claims. recog describes three things per match (hw.*, os.*,
 * service.*); an identity is about the hardware, so:
 * <ul>
 * <li>vendor: hw.vendor; failing that os.vendor, but only when the match names a device (hw.device or
 * os.device), because then the OS is the appliance's firmware (a "Microsoft" OS says nothing about
 * who made the box);</li>
 * <li>model: hw.model, else hw.product; device kind: hw.device, else os.device;</li>
 * <li>firmware: os.version of an appliance (same condition as the vendor); hardware: hw.version;
 * serial: hw.serial_number;</li>
 * <li>service.* (the web server software) is not identity and is ignored.</li>
 * </ul>
 * Certainty is recog's own hw.certainty / os.certainty where the fingerprint gives one, else
 * {@link #DEFAULT_CERTAINTY}; recog's certainty 0 means "assert nothing" and yields no claim.
 */
final class RecogClaims {

    /** recog fingerprints are reviewed and carry their own examples: as good as a high-confidence row. */
    static final double DEFAULT_CERTAINTY = Confidence.HIGH.certainty();

    private RecogClaims() {
    }

    static List<Claim> of(RecogHit hit, Observation observation) {
        Map<String, String> p = hit.params();
        double hw = hit.certainty("hw", DEFAULT_CERTAINTY);
        double os = hit.certainty("os", DEFAULT_CERTAINTY);
        boolean appliance = present(p, "hw.device") || present(p, "os.device");
        String via = "recog " + hit.database().fileName();
        List<Claim> claims = new ArrayList<>(4);

        if (present(p, "hw.vendor")) {
            add(claims, IdentityAttribute.VENDOR, p.get("hw.vendor"), hw, observation, via);
        } else if (appliance && present(p, "os.vendor")) {
            add(claims, IdentityAttribute.VENDOR, p.get("os.vendor"), os, observation, via);
        }
        add(claims, IdentityAttribute.MODEL, present(p, "hw.model") ? p.get("hw.model") : p.get("hw.product"),
                hw, observation, via);
        if (present(p, "hw.device")) {
            DeviceKinds.fromRecog(p.get("hw.device")).ifPresent(kind ->
                    add(claims, IdentityAttribute.DEVICE_KIND, kind.name(), hw, observation, via));
        } else if (present(p, "os.device")) {
            DeviceKinds.fromRecog(p.get("os.device")).ifPresent(kind ->
                    add(claims, IdentityAttribute.DEVICE_KIND, kind.name(), os, observation, via));
        }
        if (appliance) {
            add(claims, IdentityAttribute.FIRMWARE, p.get("os.version"), os, observation, via);
        }
        add(claims, IdentityAttribute.HARDWARE, p.get("hw.version"), hw, observation, via);
        add(claims, IdentityAttribute.SERIAL, p.get("hw.serial_number"), hw, observation, via);
        return claims;
    }

    private static boolean present(Map<String, String> params, String name) {
        String value = params.get(name);
        return value != null && !value.isBlank();
    }

    private static void add(List<Claim> claims, IdentityAttribute attribute, String value, double certainty,
                            Observation observation, String via) {
        if (value != null && !value.isBlank() && certainty > 0) {
            claims.add(new Claim(attribute, value, certainty, Authority.FINGERPRINT, observation, via));
        }
    }
}
