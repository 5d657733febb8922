package io.camwarden.reconcile;

import io.camwarden.domain.DeviceKind;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The identity facts of a scanned host that reconciliation trusts, with the thresholds in one place. */
final class ObservedIdentity {

    /** A field this sure may change the registry's model and firmware. */
    static final double APPLY = 0.6;
    /** A serial this sure may identify a device. */
    static final double SERIAL = 0.8;
    private static final Set<String> CAMERA_KINDS = Set.of("CAMERA", "NVR", "DVR", "ENCODER");
    private static final Set<ServiceProtocol> CAMERA_PROTOCOLS =
            Set.of(ServiceProtocol.RTSP, ServiceProtocol.ONVIF, ServiceProtocol.VENDOR_CONTROL);

    private ObservedIdentity() {
    }

    static String value(IdentityField f, double minimum) {
        return f == null || f.confidence() < minimum || f.value() == null || f.value().isBlank() ? null
                : f.value().strip();
    }

    /** A usable serial: sure enough, and not a placeholder such as 00000000 or "unknown". */
    static String serial(HostReport r) {
        String s = value(r.identity().serial(), SERIAL);
        if (s == null || s.length() < 4 || s.chars().distinct().count() == 1) {
            return null;
        }
        String l = s.toLowerCase(Locale.ROOT);
        return l.equals("unknown") || l.equals("n/a") || l.equals("none") || l.equals("default") ? null : s;
    }

    /** Looks like a camera, NVR, DVR or encoder: by fused kind, or by speaking a camera protocol. */
    static boolean cameraLike(HostReport r) {
        String kind = value(r.identity().deviceKind(), 0.5);
        if (kind != null && CAMERA_KINDS.contains(kind.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return r.services().stream().anyMatch(s -> CAMERA_PROTOCOLS.contains(s.protocol()));
    }

    static String kind(HostReport r) {
        String kind = value(r.identity().deviceKind(), 0.5);
        if (kind == null) {
            return null;
        }
        try {
            return DeviceKind.valueOf(kind.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "80/http, 554/rtsp": what listens, for lists and reports. */
    static String services(HostReport r) {
        return r.services().stream().map(s -> s.port() + "/" + s.protocol().label()).distinct()
                .collect(Collectors.joining(", "));
    }

    static boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    /** Model and firmware spellings differ in case, spaces and dashes between sources. */
    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    static boolean hasEvidence(Service s) {
        return !s.evidence().isEmpty();
    }
}
