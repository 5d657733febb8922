package io.camwarden.domain.vuln;

/**
 * A vendor and product as CPE tokens ("hikvision", "ds-2cd2032-i"), the unit by which devices and CVEs find
 * each other: a CVE is a candidate for a device when they share a key. Firmware and hardware CPEs of one
 * device share the key of its hardware ("ds-2cd2032-i_firmware" is keyed as "ds-2cd2032-i").
 * {@code product} null means the whole vendor (an identity whose model is unknown).
 */
public record ProductKey(String vendor, String product) {

    @Override
    public String toString() {
        return product == null ? vendor : vendor + ":" + product;
    }
}
