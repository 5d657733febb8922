package io.camwarden.domain.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a catalogue cell such as "High (L3+) / Medium (L1-2)" into its alternatives and each into a
 * head and an optional parenthesised remark. A slash inside parentheses ("AVM1203/CVE-2024-7029") or
 * without spaces around it does not split.
 */
final class Segments {

    /** "High (L3+)" → head "High", remark "L3+"; remark is null without parentheses. */
    record Segment(String head, String remark) {
    }

    private Segments() {
    }

    static List<Segment> of(String text) {
        List<Segment> out = new ArrayList<>();
        for (String part : split(text)) {
            out.add(segment(part.strip()));
        }
        return out;
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '/' && depth == 0 && i > 0 && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1))) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static Segment segment(String part) {
        int open = part.indexOf('(');
        if (open < 0) {
            return new Segment(part, null);
        }
        int close = part.lastIndexOf(')');
        if (close < open || !part.substring(close + 1).isBlank()) {
            throw new IllegalArgumentException("'" + part + "' has unbalanced parentheses or text after them");
        }
        return new Segment(part.substring(0, open).strip(), part.substring(open + 1, close).strip());
    }
}
