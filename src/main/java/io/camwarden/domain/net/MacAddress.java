package io.camwarden.domain.net;

import java.util.HexFormat;
import java.util.Locale;

/** MAC addresses in the canonical lower-case colon form, from any of the common spellings. */
public final class MacAddress {

    private MacAddress() {
    }

    /**
     * Accepts {@code AA:BB:CC:DD:EE:FF}, {@code aa-bb-cc-dd-ee-ff}, {@code aabb.ccdd.eeff} and
     * {@code aabbccddeeff}; returns {@code aa:bb:cc:dd:ee:ff}.
     *
     * @throws IllegalArgumentException naming the value when it is not a MAC address
     */
    public static String normalize(String text) {
        if (text == null) {
            throw new IllegalArgumentException("MAC address is missing");
        }
        String hex = text.strip().replaceAll("[:\\-.]", "").toLowerCase(Locale.ROOT);
        if (hex.length() != 12 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("'" + text.strip()
                    + "' is not a MAC address: expected six hex byte pairs such as aa:bb:cc:dd:ee:ff");
        }
        byte[] bytes = HexFormat.of().parseHex(hex);
        return HexFormat.ofDelimiter(":").formatHex(bytes);
    }

    /** The first three bytes, which name the maker (IEEE OUI), as {@code aa:bb:cc}. */
    public static String oui(String normalized) {
        return normalized.substring(0, 8);
    }
}
