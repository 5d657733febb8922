package io.camwarden.domain.questionnaire;

/** Whole numbers from {@code min} to {@code max}, both inclusive; a null bound is open. Written "1-5", "3-", "-15". */
public record NumberRange(Integer min, Integer max) {

    public NumberRange {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("range " + min + "-" + max + " is empty");
        }
    }

    public boolean contains(long n) {
        return (min == null || n >= min) && (max == null || n <= max);
    }

    /** "3-" → NumberRange(3, null). */
    public static NumberRange parse(String text) {
        String t = text.strip();
        int dash = t.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a range such as 1-5, 3- or -15");
        }
        String lo = t.substring(0, dash).strip();
        String hi = t.substring(dash + 1).strip();
        if (lo.isEmpty() && hi.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' bounds nothing: give at least one end");
        }
        return new NumberRange(lo.isEmpty() ? null : Integer.valueOf(lo), hi.isEmpty() ? null : Integer.valueOf(hi));
    }

    /** "at least 3", "at most 15", "1 to 5" followed by the unit. */
    public String describe(String unit) {
        if (min != null && max != null) {
            return min.equals(max) ? "exactly " + count(min, unit) : min + " to " + count(max, unit);
        }
        return min != null ? "at least " + count(min, unit) : "at most " + count(max, unit);
    }

    /** "1 month", "3 months": the unit is written in the plural and loses its s for one. */
    public static String count(long n, String unit) {
        if (unit == null || unit.isBlank()) {
            return Long.toString(n);
        }
        return n + " " + (n == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
    }
}
