package io.camwarden.domain.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The lowest security level at which a check applies, as the rule set states it, in structured form
 * beside the original text:
 * <ul>
 *   <li>"2" → level 2;</li>
 *   <li>"1 (policy-driven; strict for L3+ and public-security systems)" → level 1 with a note;</li>
 *   <li>"1 (TCVN14423) / 3 (typical TCVN11930 practice)" → level 1 on the basis of TCVN 14423, and the
 *       alternative 3 on the basis of TCVN 11930 practice. The first value is the one in force; the
 *       alternatives are kept so a later rule set can adopt one of them by putting it first.</li>
 * </ul>
 */
public record MinimumLevel(int level, String basis, List<Alternative> alternatives, String text) {

    /** Another minimum level the catalogue mentions, and on what basis. */
    public record Alternative(int level, String basis) {
    }

    public MinimumLevel {
        alternatives = List.copyOf(alternatives);
    }

    public static MinimumLevel of(int level) {
        return new MinimumLevel(level, null, List.of(), Integer.toString(level));
    }

    /** Whether a check with this minimum applies at a level; an unknown level is the caller's decision. */
    public boolean appliesAt(int securityLevel) {
        return securityLevel >= level;
    }

    public static MinimumLevel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty: give the lowest security level, 1 to 5");
        }
        List<Alternative> all = new ArrayList<>();
        for (Segments.Segment s : Segments.of(text)) {
            all.add(new Alternative(level(s.head(), text), s.remark()));
        }
        Alternative first = all.removeFirst();
        return new MinimumLevel(first.level(), first.basis(), all, text.strip());
    }

    private static int level(String head, String text) {
        String h = head.strip();
        if (h.startsWith("L") || h.startsWith("l")) {
            h = h.substring(1);
        }
        if (h.length() == 1 && h.charAt(0) >= '1' && h.charAt(0) <= '5') {
            return h.charAt(0) - '0';
        }
        throw new IllegalArgumentException("'" + head + "' in '" + text + "' is not a security level: use 1 to 5,"
                + " optionally with a basis in parentheses, e.g. '1 (TCVN14423) / 3 (TCVN11930)'");
    }
}
