package io.camwarden.domain.scan;

import java.util.Locale;

/** What speaks on an open port, as the scan reports it ("http", "vendor-control", ...). */
public enum ServiceProtocol {
    HTTP, HTTPS, RTSP, ONVIF, TELNET, VENDOR_CONTROL, OTHER;

    /** The name used in scan output: lower case, hyphenated. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ServiceProtocol ofLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
