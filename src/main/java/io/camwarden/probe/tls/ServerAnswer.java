package io.camwarden.probe.tls;

/**
 * How a server answered a ClientHello, read from its first record only (at most 5 + {@link #MAX_RECORD} bytes).
 *
 * @param kind    ACCEPTED (a ServerHello), ALERT, CLOSED (nothing, or the connection ended), NOT_TLS
 * @param version the ServerHello's version when ACCEPTED
 * @param detail  the alert description, or what was wrong
 * @param cipherSuite the suite the ServerHello chose, when enough of it was read; else null
 */
public record ServerAnswer(Kind kind, TlsVersion version, String detail, Integer cipherSuite) {

    public ServerAnswer(Kind kind, TlsVersion version, String detail) {
        this(kind, version, detail, null);
    }

    public enum Kind { ACCEPTED, ALERT, CLOSED, NOT_TLS }

    static final int MAX_RECORD = 16384 + 2048;

    /** How much of a first record is read: the header and a ServerHello up to its cipher suite. */
    static final int READ = 5 + 4 + 2 + 32 + 1 + 32 + 2;

    /** Reads the first record of {@code b} (length {@code n}); a record cut short reads as CLOSED. */
    static ServerAnswer parse(byte[] b, int n) {
        if (n <= 0) {
            return new ServerAnswer(Kind.CLOSED, null, "no answer");
        }
        int type = b[0] & 0xff;
        if (type != 22 && type != 21) {
            return new ServerAnswer(Kind.NOT_TLS, null, String.format("first byte 0x%02x is not a TLS record", type));
        }
        if (n < 5) {
            return new ServerAnswer(Kind.CLOSED, null, "record header cut short");
        }
        int length = (b[3] & 0xff) << 8 | b[4] & 0xff;
        if ((b[1] & 0xff) != 3 || length == 0 || length > MAX_RECORD) {
            return new ServerAnswer(Kind.NOT_TLS, null, "record header is not TLS (version byte " + (b[1] & 0xff)
                    + ", length " + length + ")");
        }
        if (type == 21) {
            if (n < 7) {
                return new ServerAnswer(Kind.CLOSED, null, "alert cut short");
            }
            return new ServerAnswer(Kind.ALERT, null, alert(b[6] & 0xff));
        }
        if (n < 5 + 6) {
            return new ServerAnswer(Kind.CLOSED, null, "handshake cut short");
        }
        if ((b[5] & 0xff) != 2) {
            return new ServerAnswer(Kind.NOT_TLS, null, "first handshake message is type " + (b[5] & 0xff)
                    + ", not ServerHello");
        }
        int version = (b[9] & 0xff) << 8 | b[10] & 0xff;
        TlsVersion v = TlsVersion.of(version);
        if (v == null) {
            return new ServerAnswer(Kind.NOT_TLS, null, String.format("ServerHello version 0x%04x", version));
        }
        // version (2) and random (32) from offset 9, then the session id with its length, then the suite
        int sessionIdLength = n > 43 ? b[43] & 0xff : -1;
        Integer suite = sessionIdLength >= 0 && sessionIdLength <= 32 && n >= 44 + sessionIdLength + 2
                ? (b[44 + sessionIdLength] & 0xff) << 8 | b[45 + sessionIdLength] & 0xff : null;
        return new ServerAnswer(Kind.ACCEPTED, v, "ServerHello " + v.label(), suite);
    }

    private static String alert(int description) {
        return switch (description) {
            case 40 -> "handshake_failure (40)";
            case 47 -> "illegal_parameter (47)";
            case 70 -> "protocol_version (70)";
            case 71 -> "insufficient_security (71)";
            case 80 -> "internal_error (80)";
            default -> "alert " + description;
        };
    }
}
