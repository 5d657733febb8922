package io.camwarden.probe.rtsp;

import io.camwarden.probe.Printable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses an SDP body (RFC 8866) strictly but without throwing: every line must be "x=value" with a
 * lower-case letter type; lines that are not are reported in {@link Sdp#problems()} and skipped. The
 * input is already bounded by the RTSP body limit; lines, media sections and attributes are bounded here.
 */
public final class SdpParser {

    static final int MAX_LINES = 2000;
    static final int MAX_LINE_CHARS = 4096;
    static final int MAX_MEDIA = 32;
    static final int MAX_ATTRIBUTES = 256;

    /** RFC 3551 static payload types that cameras send without an rtpmap. */
    private static final Map<String, String> STATIC_PAYLOADS = Map.of(
            "0", "PCMU/8000", "8", "PCMA/8000", "9", "G722/8000", "14", "MPA/90000", "26", "JPEG/90000",
            "32", "MPV/90000", "33", "MP2T/90000", "34", "H263/90000");

    private SdpParser() {
    }

    public static Sdp parse(byte[] body) {
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    public static Sdp parse(String text) {
        List<String> problems = new ArrayList<>();
        List<String> sessionAttributes = new ArrayList<>();
        List<Sdp.Media> media = new ArrayList<>();
        String version = null;
        String origin = null;
        String sessionName = null;
        MediaBuilder current = null;
        String[] lines = text.split("\r?\n", MAX_LINES + 2);
        int count = 0;
        for (String line : lines) {
            if (++count > MAX_LINES) {
                problems.add("more than " + MAX_LINES + " lines; the rest was ignored");
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > MAX_LINE_CHARS) {
                problems.add("line " + count + " is longer than " + MAX_LINE_CHARS + " characters");
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '=' || line.charAt(0) < 'a' || line.charAt(0) > 'z') {
                problems.add("line " + count + " is not type=value: " + Printable.of(line));
                continue;
            }
            char type = line.charAt(0);
            String value = line.substring(2).strip();
            if (type == 'm') {
                addIfValid(current, media);
                current = null;
                if (media.size() >= MAX_MEDIA) {
                    problems.add("more than " + MAX_MEDIA + " media sections; the rest was ignored");
                    break;
                }
                current = MediaBuilder.of(value, count, problems);
            } else if (type == 'a') {
                List<String> target = current != null ? current.attributes : sessionAttributes;
                if (target.size() < MAX_ATTRIBUTES) {
                    target.add(value);
                } else {
                    noteOnce(problems, "more than " + MAX_ATTRIBUTES + " attributes in one section; the rest was ignored");
                }
            } else if (current == null && media.isEmpty()) {
                switch (type) {
                    case 'v' -> version = value;
                    case 'o' -> origin = value;
                    case 's' -> sessionName = value;
                    default -> {
                    }
                }
            }
        }
        addIfValid(current, media);
        if (version == null) {
            problems.add("no v= line");
        }
        return new Sdp(version, origin, sessionName, sessionAttributes, media, problems);
    }

    private static void addIfValid(MediaBuilder builder, List<Sdp.Media> media) {
        if (builder != null && builder.valid) {
            media.add(builder.build());
        }
    }

    private static void noteOnce(List<String> problems, String problem) {
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    /** Collects one m= section; a malformed m= line yields a builder that is dropped. */
    private static final class MediaBuilder {
        private final String type;
        private final int port;
        private final String protocol;
        private final List<String> formats;
        private final List<String> attributes = new ArrayList<>();
        private final boolean valid;

        private MediaBuilder(String type, int port, String protocol, List<String> formats, boolean valid) {
            this.type = type;
            this.port = port;
            this.protocol = protocol;
            this.formats = formats;
            this.valid = valid;
        }

        static MediaBuilder of(String value, int lineNumber, List<String> problems) {
            String[] parts = value.split("\\s+");
            if (parts.length < 4 || !parts[1].matches("\\d{1,5}(/\\d{1,5})?")) {
                problems.add("line " + lineNumber + " is not a valid m= line: " + Printable.of(value));
                return new MediaBuilder(null, 0, null, List.of(), false);
            }
            String portPart = parts[1].contains("/") ? parts[1].substring(0, parts[1].indexOf('/')) : parts[1];
            int port = Integer.parseInt(portPart);
            if (port > 65535) {
                problems.add("line " + lineNumber + " has port " + port + " beyond 65535");
                return new MediaBuilder(null, 0, null, List.of(), false);
            }
            List<String> formats = List.of(parts).subList(3, Math.min(parts.length, 3 + MAX_ATTRIBUTES));
            return new MediaBuilder(parts[0], port, parts[2], formats, true);
        }

        Sdp.Media build() {
            List<String> codecs = new ArrayList<>();
            String control = null;
            for (String format : formats) {
                String codec = STATIC_PAYLOADS.get(format);
                for (String a : attributes) {
                    if (a.startsWith("rtpmap:" + format + " ")) {
                        codec = a.substring(("rtpmap:" + format + " ").length()).strip();
                        break;
                    }
                }
                if (codec != null) {
                    codecs.add(codec);
                }
            }
            for (String a : attributes) {
                if (a.startsWith("control:")) {
                    control = a.substring("control:".length()).strip();
                    break;
                }
            }
            return new Sdp.Media(type, port, protocol, formats, codecs, control, attributes);
        }
    }
}
