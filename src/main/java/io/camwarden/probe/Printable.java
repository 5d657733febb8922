package io.camwarden.probe;

import java.nio.charset.StandardCharsets;

/** Shows untrusted device bytes in messages and logs: no control characters, cut to a readable length. */
public final class Printable {

    private static final int SHOWN = 80;

    private Printable() {
    }

    /** Longest observation value kept; a header or title longer than this is cut. */
    public static final int MAX_VALUE_CHARS = 1024;

    /**
     * Device text fit to be an observation value: control characters become spaces, runs of
     * whitespace one space, and the length is bounded. Printable text is kept exactly, so fingerprint
     * patterns still match.
     */
    public static String value(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_VALUE_CHARS));
        boolean space = false;
        for (int i = 0; i < s.length() && out.length() < MAX_VALUE_CHARS; i++) {
            char c = s.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c);
            if (blank) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    public static String of(CharSequence s) {
        return of(s.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    public static String of(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(bytes.length, SHOWN);
        for (int i = 0; i < shown; i++) {
            int c = bytes[i] & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        if (bytes.length > shown) {
            out.append("...");
        }
        return out.toString();
    }
}
