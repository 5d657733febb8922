package io.camwarden.domain.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security levels a rule applies to, as the catalogue writes them: "L3+" (3 to 5), "L1-2" (1 and 2),
 * "L4" (4 only).
 */
public record LevelRange(int from, int to) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    private static final Pattern SPEC = Pattern.compile("L([1-5])(?:(\\+)|\\s*[-–]\\s*L?([1-5]))?");

    public LevelRange {
        if (from < LOWEST || to > HIGHEST || from > to) {
            throw new IllegalArgumentException("levels " + from + " to " + to + " are not a range within 1 to 5");
        }
    }

    /** The range written in {@code text} (the whole text), or null when it is not a level range. */
    public static LevelRange parse(String text) {
        Matcher m = SPEC.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new LevelRange(from, HIGHEST);
        }
        int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
        return from <= to ? new LevelRange(from, to) : null;
    }

    public boolean contains(int level) {
        return level >= from && level <= to;
    }

    @Override
    public String toString() {
        return from == to ? "L" + from : to == HIGHEST ? "L" + from + "+" : "L" + from + "-" + to;
    }
}
