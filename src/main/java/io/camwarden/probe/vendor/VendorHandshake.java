package io.camwarden.probe.vendor;

/**
 * A vendor control protocol recognised from its reply.
 *
 * @param vendor   "Hikvision", "Dahua" or "XiongMai"
 * @param protocol the protocol's common name
 * @param exact    whether the reply matched the documented bytes exactly (not only their framing)
 * @param detail   what in the reply was recognised, for the evidence trail
 */
public record VendorHandshake(String vendor, String protocol, boolean exact, String detail) {
}
