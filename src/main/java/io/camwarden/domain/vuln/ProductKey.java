package io.camwarden.domain.vuln;

/**
 * A vendor and product as CPE tokens, the unit by which devices and CVEs find each other: a CVE is a
 * candidate for a device when they share a key. {@code vendor} is NVD's vendor token ("hikvision",
 * "dahuasecurity"); {@code product} is the model squashed, lower case without '-', '_' and spaces, because NVD
 * spells one model several ways ("ds-2cd2032-i" and "ds-2cd2032-i_firmware" are both "ds2cd2032i";
 * "tl-sc_3130" and "tl-sc3130" are both "tlsc3130"). Firmware and hardware CPEs of one device share the key.
 *
 * <p>Two special products: {@value #ANY_PRODUCT} files CVEs whose products are found by pattern, not by
 * name (Dahua's family "ipc-hx3xxx", a generic "ip_camera_firmware", CPE ANY); every identity with a vendor
 * has that key too. {@code product} null is an identity whose model is unknown: it meets every product of
 * the vendor.
 */
public record ProductKey(String vendor, String product) {

    /** The product of keys for CVEs found by pattern: families, generic products, CPE ANY. */
    public static final String ANY_PRODUCT = "*";

    @Override
    public String toString() {
        return product == null ? vendor : vendor + ":" + product;
    }
}
