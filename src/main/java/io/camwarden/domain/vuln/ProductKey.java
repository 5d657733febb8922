package io.camwarden.domain.vuln;

/**
 * A vendor and product as CPE tokens, the unit by which devices and CVEs find each other: a CVE is a
 * candidate for a device when they share a key. {@code vendor} is NVD's vendor token ("hikvision",
 * "dahuasecurity"); {@code product} is the model squashed, lower case without '-', '_' and spaces, because NVD
 * spells one model several ways ("ds-2cd2032-i" and "ds-2cd2032-i_firmware" are both "ds2cd2032i";
 * "tl-sc_3130" and "tl-sc3130" are both "tlsc3130"). Firmware and hardware CPEs of one device share the key.
 *
 * <p>Products found by pattern, not by name, end in {@value #ANY_PRODUCT}: a family is filed under the
 * literal start of its name ("ipch*" for Dahua's "ipc-hx3xxx", "dhipchdw1*" for "dh-ipc-hdw1xxx"), a generic
 * product that names no model ("ip_camera_firmware") or CPE ANY under "*" alone. An identity has every start
 * of every spelling of its model with "*" ("*", "i*", "ip*", ... "ipchdw3541t*"), so it meets the families it
 * may belong to and its vendor's generic products. {@code product} null is an identity whose model is
 * unknown: it meets every product of the vendor.
 */
public record ProductKey(String vendor, String product) {

    /** Ends the product of keys for CVEs found by pattern; alone, a generic product or CPE ANY. */
    public static final String ANY_PRODUCT = "*";

    @Override
    public String toString() {
        return product == null ? vendor : vendor + ":" + product;
    }
}
