package io.camwarden.probe.vendor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XiongMai's "DVRIP/NETsurveillance" port (34567, used by XMEye and CMS). Every message is a 20-byte
 * little-endian header (0xff, version, 2 reserved bytes, session id, sequence number, 2 packet
 * counters, message id, payload length) and a JSON payload ending in "\n\0"; the layout and the
 * "Ret" codes are those of the OpenIPC python-dvr client (dvrip.py). CamWarden sends KeepAlive
 * (message 1006) without a session: it carries no credentials and changes nothing, and the device
 * answers it in the same framing, usually with a "not logged in" Ret code.
 */
final class XiongmaiDvrip implements VendorControlProtocol {

    static final int HEADER_BYTES = 20;
    static final int KEEPALIVE = 1006;
    static final int MAX_PAYLOAD = 64 * 1024;
    private static final Pattern RET = Pattern.compile("\"Ret\"\\s*:\\s*(\\d{1,5})");
    private static final Map<Integer, String> RET_CODES = Map.of(
            100, "OK", 101, "unknown error", 102, "unsupported version", 103, "request not permitted",
            104, "user already logged in", 105, "user is not logged in", 106, "username or password is incorrect",
            107, "user lacks permission", 203, "password is incorrect", 205, "user does not exist");

    @Override
    public int defaultPort() {
        return 34567;
    }

    @Override
    public byte[] request() {
        byte[] json = "{\"Name\":\"KeepAlive\",\"SessionID\":\"0x00000000\"}\n\0".getBytes(StandardCharsets.US_ASCII);
        return frame(0, KEEPALIVE, json);
    }

    static byte[] frame(int session, int messageId, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0xff).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putInt(session).putInt(0);
        b.put((byte) 0).put((byte) 0).putShort((short) messageId).putInt(payload.length);
        b.put(payload);
        return b.array();
    }

    @Override
    public int bytesWanted(byte[] soFar, int max) {
        if (soFar.length < HEADER_BYTES || !framed(soFar)) {
            return Math.min(HEADER_BYTES, max);
        }
        long total = HEADER_BYTES + payloadLength(soFar);
        return (int) Math.min(total, max);
    }

    @Override
    public Optional<VendorHandshake> recognize(byte[] reply) {
        if (reply.length < HEADER_BYTES || !framed(reply)) {
            return Optional.empty();
        }
        long length = payloadLength(reply);
        int messageId = (reply[14] & 0xff) | (reply[15] & 0xff) << 8;
        StringBuilder detail = new StringBuilder("message " + messageId + ", payload " + length + " bytes");
        int available = (int) Math.min(length, reply.length - HEADER_BYTES);
        String payload = new String(reply, HEADER_BYTES, available, StandardCharsets.ISO_8859_1);
        Matcher ret = RET.matcher(payload);
        boolean exact = ret.find(); // the framing and a JSON "Ret" code, as python-dvr documents them
        if (exact) {
            int code = Integer.parseInt(ret.group(1));
            detail.append(", Ret ").append(code);
            String meaning = RET_CODES.get(code);
            if (meaning != null) {
                detail.append(" (").append(meaning).append(')');
            }
        }
        return Optional.of(new VendorHandshake("XiongMai", "XiongMai DVRIP", exact, detail.toString()));
    }

    /** 0xff, version 0 or 1, two zero bytes, and a payload length within bounds. */
    private static boolean framed(byte[] b) {
        return (b[0] & 0xff) == 0xff && (b[1] == 0 || b[1] == 1) && b[2] == 0 && b[3] == 0
                && payloadLength(b) <= MAX_PAYLOAD;
    }

    private static long payloadLength(byte[] b) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(b, 16, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }
}
