package io.camwarden.fingerprint;

import io.camwarden.domain.DeviceKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Device kinds from the words fingerprint data uses for them (recog's hw.device, CamWarden's CSV). */
public final class DeviceKinds {

    // recog's hw.device / os.device vocabulary for video devices; every other recog device is OTHER.
    private static final Map<String, DeviceKind> WORDS = Map.ofEntries(
            Map.entry("ip camera", DeviceKind.CAMERA),
            Map.entry("web cam", DeviceKind.CAMERA),
            Map.entry("webcam", DeviceKind.CAMERA),
            Map.entry("camera", DeviceKind.CAMERA),
            Map.entry("network camera", DeviceKind.CAMERA),
            Map.entry("dvr", DeviceKind.DVR),
            Map.entry("nvr", DeviceKind.NVR),
            Map.entry("network video recorder", DeviceKind.NVR),
            Map.entry("cloud network video recorder", DeviceKind.NVR),
            Map.entry("video encoder", DeviceKind.ENCODER),
            Map.entry("encoder", DeviceKind.ENCODER));

    private DeviceKinds() {
    }

    /** recog's device words: video devices map to their kind, anything else named (a router, a printer) to OTHER. */
    public static Optional<DeviceKind> fromRecog(String device) {
        if (device == null || device.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(WORDS.getOrDefault(device.strip().toLowerCase(Locale.ROOT), DeviceKind.OTHER));
    }

    /**
     * A device kind as CamWarden's data files write it: the enum name, any case.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static DeviceKind parse(String text) {
        try {
            return DeviceKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a device kind; use one of "
                    + Arrays.toString(DeviceKind.values()));
        }
    }
}
