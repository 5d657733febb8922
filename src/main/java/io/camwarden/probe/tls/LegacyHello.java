package io.camwarden.probe.tls;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;

/**
 * The ClientHello of a client that speaks only one old version: what a TLS 1.0 era browser sent (RFC 2246 /
 * RFC 4346 structure), with the cipher suites such servers accept (AES and 3DES CBC with SHA-1, ECDHE and plain
 * RSA, RC4 last), the elliptic-curve extensions and secure renegotiation. A server that answers it with a
 * ServerHello of that version still accepts the version.
 */
final class LegacyHello {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] SUITES = {0xC014, 0xC013, 0xC00A, 0xC009, 0x0035, 0x002F, 0x0039, 0x0033, 0x000A,
            0x0005, 0x00FF};

    private LegacyHello() {
    }

    static byte[] clientHello(TlsVersion version) {
        return clientHello(version, SUITES);
    }

    /**
     * A ClientHello of {@code version} offering only {@code suites}. A TLS 1.2 one
     * also lists the signature algorithms such clients had (RSA and ECDSA with SHA-256 and SHA-1).
     */
    static byte[] clientHello(TlsVersion version, int[] suites) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        u16(body, version.wire);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        body.writeBytes(random);
        body.write(0); // no session to resume
        u16(body, suites.length * 2);
        for (int s : suites) {
            u16(body, s);
        }
        body.write(1); // compression methods: null only
        body.write(0);
        if (version != TlsVersion.SSL_3_0) {
            ByteArrayOutputStream ext = new ByteArrayOutputStream();
            extension(ext, 0x000a, new byte[] {0, 6, 0, 0x1d, 0, 0x17, 0, 0x18}); // x25519, P-256, P-384
            extension(ext, 0x000b, new byte[] {1, 0}); // uncompressed points
            extension(ext, 0xff01, new byte[] {0}); // renegotiation_info, empty
            if (version == TlsVersion.TLS_1_2) {
                extension(ext, 0x000d, new byte[] {0, 8, 4, 1, 2, 1, 4, 3, 2, 3}); // signature_algorithms
            }
            u16(body, ext.size());
            body.writeBytes(ext.toByteArray());
        }
        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        handshake.write(1); // client_hello
        u24(handshake, body.size());
        handshake.writeBytes(body.toByteArray());
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(22); // handshake
        u16(record, version == TlsVersion.SSL_3_0 ? 0x0300 : 0x0301); // record version as old clients sent it
        u16(record, handshake.size());
        record.writeBytes(handshake.toByteArray());
        return record.toByteArray();
    }

    private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
        u16(out, type);
        u16(out, data.length);
        out.writeBytes(data);
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v >> 8 & 0xff);
        out.write(v & 0xff);
    }

    private static void u24(ByteArrayOutputStream out, int v) {
        out.write(v >> 16 & 0xff);
        u16(out, v & 0xffff);
    }
}
