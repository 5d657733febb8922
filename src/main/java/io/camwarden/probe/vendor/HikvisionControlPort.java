package io.camwarden.probe.vendor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Hikvision's SDK port (8000, "Server port" in iVMS). The device answers a request it cannot parse
 * with a 16-byte error header; nmap-service-probes (nmap 7.93, {@code match ipcam ... p/Hikvision
 * IPCam control port/}) documents the exact bytes {@code 00 00 00 10 00 00 00 1e 00 00 00 1e 00 00 00 00}.
 * That match sits in nmap's NULL-probe section, which nmap also applies to the replies to its other
 * probes; the request sent here is nmap's GetRequest probe, one of those nmap sends to port 8000.
 * Which request real firmware answers is not documented, so a reply is recognised by its framing
 * (a big-endian length of 16 in a 16-byte reply) and marked exact only for nmap's bytes.
 */
final class HikvisionControlPort implements VendorControlProtocol {

    static final byte[] NMAP_REPLY = HexFormat.of().parseHex("000000100000001e0000001e00000000");
    private static final byte[] REQUEST = "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    public int defaultPort() {
        return 8000;
    }

    @Override
    public byte[] request() {
        return REQUEST.clone();
    }

    @Override
    public int bytesWanted(byte[] soFar, int max) {
        return Math.min(16, max);
    }

    @Override
    public Optional<VendorHandshake> recognize(byte[] reply) {
        if (reply.length < 16) {
            return Optional.empty();
        }
        byte[] head = Arrays.copyOf(reply, 16);
        int length = (head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8 | head[3] & 0xff;
        if (length != 16) {
            return Optional.empty(); // the error header announces exactly its own 16 bytes
        }
        boolean exact = Arrays.equals(head, NMAP_REPLY);
        return Optional.of(new VendorHandshake("Hikvision", "Hikvision SDK", exact,
                "16-byte reply " + HexFormat.of().formatHex(head)));
    }
}
