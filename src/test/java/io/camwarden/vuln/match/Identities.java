package io.camwarden.vuln.match;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;

/** Device identities for matching tests, as a scan would fuse them (sources named like the probes name them). */
final class Identities {

    private Identities() {
    }

    static Identity device(String vendor, String model, String firmware) {
        return device(vendor, model, firmware, null);
    }

    static Identity device(String vendor, String model, String firmware, String hardware) {
        return new Identity(field(vendor, "onvif.manufacturer@80"), field(model, "onvif.model@80"),
                field(firmware, "onvif.firmware@80"), field(hardware, "http.title@80"), null, null, null);
    }

    static Identity cpe(String cpe) {
        return new Identity(null, null, null, null, null, null, cpe);
    }

    private static IdentityField field(String value, String source) {
        return value == null ? null : new IdentityField(value, 0.9, source);
    }
}
