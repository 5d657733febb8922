package io.camwarden.probe.activation;

import io.camwarden.probe.Printable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dahua DHIP discovery on udp/37810 (ConfigTool's "DHDiscover.search"): a 32-byte header (its own length 0x20,
 * the magic "DHIP", the body length at offsets 16 and 24, little-endian) before a JSON body; the device answers
 * in the same framing with {@code client.notifyDevInfo} and its {@code deviceInfo}. That carries an {@code Init}
 * field: a plain false or an "uninitialized" text marks a device still waiting for its first password; the
 * numeric form many firmwares send is vendor-specific and undocumented, so it is reported, not interpreted.
 * Replies are at most {@link #MAX_REPLY} bytes, the declared length must fit the packet, and the JSON parser's
 * nesting and string lengths are capped.
 */
public final class DhipMessages {

    public static final int PORT = 37810;
    static final int HEADER = 32;
    static final int MAX_REPLY = 16 * 1024;
    private static final byte[] MAGIC = "DHIP".getBytes(StandardCharsets.US_ASCII);
    private static final JsonMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096).build())
            .build()).build();

    private DhipMessages() {
    }

    public static byte[] search() {
        return frame("{ \"method\" : \"DHDiscover.search\", \"params\" : { \"mac\" : \"\", \"uni\" : 1 } }\n");
    }

    /** A JSON body in DHIP framing. */
    public static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(HEADER + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, HEADER);
        b.put(4, MAGIC);
        b.putInt(16, body.length);
        b.putInt(24, body.length);
        b.put(HEADER, body);
        return b.array();
    }

    /** A client.notifyDevInfo reply, or empty for anything else (a search echoed, another protocol, garbage). */
    public static Optional<ActivationReply> parse(byte[] data, int length) {
        if (length < HEADER || length > MAX_REPLY || length > data.length) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(data, 0, length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < MAGIC.length; i++) {
            if (data[4 + i] != MAGIC[i]) {
                return Optional.empty();
            }
        }
        int headerLength = b.getInt(0);
        int bodyLength = b.getInt(16);
        if (headerLength < HEADER || headerLength > length || bodyLength < 0 || bodyLength > length - headerLength) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(new String(data, headerLength, bodyLength, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (root == null || !"client.notifyDevInfo".equals(root.path("method").asString(null))) {
            return Optional.empty();
        }
        JsonNode info = root.path("params").path("deviceInfo");
        if (!info.isObject()) {
            return Optional.empty();
        }
        JsonNode init = info.get("Init");
        ActivationReply.State state = ActivationReply.State.UNKNOWN;
        if (init != null && init.isBoolean()) {
            state = init.asBoolean() ? ActivationReply.State.ACTIVATED : ActivationReply.State.INACTIVE;
        } else if (init != null && init.isString()) {
            String t = init.asString().strip().toLowerCase(Locale.ROOT);
            state = t.startsWith("uninit") || t.equals("false") || t.equals("no") ? ActivationReply.State.INACTIVE
                    : t.equals("initialized") || t.equals("true") || t.equals("yes") ? ActivationReply.State.ACTIVATED
                    : ActivationReply.State.UNKNOWN;
        }
        return Optional.of(new ActivationReply("DHIP", text(info, "DeviceType"), text(info, "SerialNo"),
                text(info, "Version"), state, "Init=" + (init == null ? "(absent)" : Printable.value(init.toString()))));
    }

    private static String text(JsonNode info, String field) {
        JsonNode v = info.get(field);
        return v == null || !v.isValueNode() ? null : Printable.value(v.asString());
    }
}
