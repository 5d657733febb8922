package io.camwarden.fingerprint;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import java.util.List;
import java.util.Map;

/**
 * Observations that are identity facts in themselves: the fields of ONVIF GetDeviceInformation (the
 * device describing itself, whether asked with the operator's credentials or answering anyone) and a
 * vendor control protocol recognised from its handshake. ONVIF scopes are not here: they are
 * configurable text and go through the camera fingerprint file like any banner.
 */
final class OnvifClaims {

    /** The device's own word; below 1 because firmware can be rebranded or misconfigured. */
    static final double DEVICE_REPORT_CERTAINTY = 0.95;
    /** A proprietary protocol names its maker, but OEM clones speak it too. */
    static final double VENDOR_CONTROL_CERTAINTY = 0.8;

    private static final Map<String, IdentityAttribute> DEVICE_INFORMATION = Map.of(
            ObservationKinds.ONVIF_MANUFACTURER, IdentityAttribute.VENDOR,
            ObservationKinds.ONVIF_MODEL, IdentityAttribute.MODEL,
            ObservationKinds.ONVIF_FIRMWARE, IdentityAttribute.FIRMWARE,
            ObservationKinds.ONVIF_SERIAL, IdentityAttribute.SERIAL,
            ObservationKinds.ONVIF_HARDWARE, IdentityAttribute.HARDWARE);

    private OnvifClaims() {
    }

    static boolean handles(String kind) {
        return DEVICE_INFORMATION.containsKey(kind) || ObservationKinds.VENDOR_CONTROL.equals(kind);
    }

    static List<Claim> of(Observation observation, String text) {
        if (text.isBlank()) {
            return List.of();
        }
        if (ObservationKinds.VENDOR_CONTROL.equals(observation.kind())) {
            return List.of(new Claim(IdentityAttribute.VENDOR, text, VENDOR_CONTROL_CERTAINTY, Authority.FINGERPRINT,
                    observation, null));
        }
        return List.of(new Claim(DEVICE_INFORMATION.get(observation.kind()), text, DEVICE_REPORT_CERTAINTY,
                Authority.DEVICE_REPORT, observation, null));
    }
}
