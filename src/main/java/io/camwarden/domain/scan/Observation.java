package io.camwarden.domain.scan;

/**
 * One fact seen on the wire, before any interpretation: the Server header of port 80, the title of
 * the web page, the MD5 of the favicon, an ONVIF GetDeviceInformation field. {@code kind} names the
 * fact with a dotted name (see {@link ObservationKinds}); fingerprinting turns observations into
 * identity claims, and each claim points back to the observation it came from.
 */
public record Observation(String kind, String value, int port, ServiceProtocol protocol) {

    /** How identity fields cite their origin, e.g. "http.server@80". */
    public String source() {
        return kind + "@" + port;
    }
}
