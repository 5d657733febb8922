package io.camwarden.probe.telnet;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns what a telnet server printed into text: ANSI escapes and control characters removed, line
 * ends (CR, LF) kept as sent, because recog's telnet banner patterns match them.
 */
final class TelnetText {

    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;?]{0,32}[A-Za-z]|\u001b[()][A-Za-z0-9]");

    private TelnetText() {
    }

    static String clean(byte[] bytes, int length) {
        String s = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        s = ANSI.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
