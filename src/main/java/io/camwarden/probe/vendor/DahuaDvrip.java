package io.camwarden.probe.vendor;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Dahua's binary "DVRIP" port (37777, used by SmartPSS/DMSS). A 32-byte header whose first byte is
 * 0xa1 gets a reply starting {@code b1 00 00 58 00 00 00 00}; both come from Metasploit's
 * auxiliary/scanner/misc/dahua_dvr_auth_bypass module (CVE-2013-6117), which uses exactly this
 * exchange to recognise a Dahua device before doing anything else. Nothing else is sent here.
 */
final class DahuaDvrip implements VendorControlProtocol {

    static final byte[] METASPLOIT_REPLY = HexFormat.of().parseHex("b100005800000000");
    private static final byte[] REQUEST = new byte[32];

    static {
        REQUEST[0] = (byte) 0xa1;
    }

    @Override
    public int defaultPort() {
        return 37777;
    }

    @Override
    public byte[] request() {
        return REQUEST.clone();
    }

    @Override
    public int bytesWanted(byte[] soFar, int max) {
        return Math.min(8, max);
    }

    @Override
    public Optional<VendorHandshake> recognize(byte[] reply) {
        if (reply.length < 8 || (reply[0] & 0xff) != 0xb1 || reply[1] != 0 || reply[2] != 0) {
            return Optional.empty();
        }
        byte[] head = Arrays.copyOf(reply, 8);
        boolean exact = Arrays.equals(head, METASPLOIT_REPLY);
        return Optional.of(new VendorHandshake("Dahua", "Dahua DVRIP", exact,
                "reply header " + HexFormat.of().formatHex(head)));
    }
}
