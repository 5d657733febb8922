package io.camwarden.domain.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How soon a finding's notice must be sent after it opens, and acknowledged after it was sent (GOV-04), per
 * severity of the finding, in whole hours. A rule set gives them in the {@code notification_windows} cell of
 * GOV-04's row ("Critical 24 h; High 72 h; Medium 7 days; Low 7 days"), so the regulator changes them with a new
 * rule-set version; a severity the rule set leaves out takes CamWarden's default. The defaults: 24 hours for
 * critical, as the catalogue says ("notified ≤24 h and acknowledged"), and for the "others per SLA" the
 * remediation grades: 72 hours for high, 7 days for medium and low. {@code fromRuleSet} names the severities the
 * rule set gave.
 */
public record NotificationWindows(Map<Severity, Integer> hours, Set<Severity> fromRuleSet) {

    /** The check whose rule-set row carries the windows. */
    public static final String CHECK_ID = "GOV-04";
    /** At most a year: a longer window is a typing mistake, not a deadline. */
    public static final int MAX_HOURS = 366 * 24;
    public static final NotificationWindows DEFAULTS = new NotificationWindows(Map.of(Severity.CRITICAL, 24,
            Severity.HIGH, 72, Severity.MEDIUM, 7 * 24, Severity.LOW, 7 * 24), Set.of());
    private static final Pattern WINDOW = Pattern.compile("(?i)([a-z]+)\\s*[:=]?\\s*(\\d{1,5})\\s*(h|hours?|d|days?)");

    public NotificationWindows {
        Map<Severity, Integer> all = new EnumMap<>(Severity.class);
        all.putAll(hours);
        if (all.size() != Severity.values().length) {
            throw new IllegalArgumentException("a window for every severity is needed, got " + all.keySet());
        }
        hours = Map.copyOf(all);
        fromRuleSet = fromRuleSet.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fromRuleSet));
    }

    public Duration of(Severity s) {
        return Duration.ofHours(hours.get(s));
    }

    /** "24 h", "72 h", "7 days": as evidence and docs write it. */
    public String label(Severity s) {
        int h = hours.get(s);
        return h >= 168 && h % 24 == 0 ? h / 24 + " days" : h + " h";
    }

    /** "Critical 24 h; High 72 h; Medium 7 days; Low 7 days": most severe first, the form {@link #parse} reads. */
    public String text() {
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            parts.add(s.label() + " " + label(s));
        }
        return String.join("; ", parts);
    }

    /** Only the windows the rule set gave, in the same form ("Medium 2 days"): parses back to these windows. */
    public String givenText() {
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            if (fromRuleSet.contains(s)) {
                parts.add(s.label() + " " + label(s));
            }
        }
        return String.join("; ", parts);
    }

    /** Where the windows come from, for evidence and docs. */
    public String source() {
        if (fromRuleSet.isEmpty()) {
            return "CamWarden's defaults (the rule set gives no notification_windows)";
        }
        if (fromRuleSet.size() == Severity.values().length) {
            return "the rule set's notification_windows";
        }
        List<String> defaulted = new ArrayList<>();
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            if (!fromRuleSet.contains(s)) {
                defaulted.add(s.label());
            }
        }
        return "the rule set's notification_windows; CamWarden's defaults for " + String.join(", ", defaulted);
    }

    /**
     * Reads a cell such as "Critical 24 h; High 3 days" (separated by ";" or ","; units h, hours, d, days); the
     * severities it leaves out keep their defaults. The exception's message says what is wrong.
     */
    public static NotificationWindows parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULTS;
        }
        Map<Severity, Integer> hours = new EnumMap<>(DEFAULTS.hours());
        Set<Severity> given = EnumSet.noneOf(Severity.class);
        for (String part : text.split("[;,]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = WINDOW.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a notification window: write a"
                        + " severity and a time in hours or days, e.g. 'Critical 24 h; High 72 h; Medium 7 days'");
            }
            Severity s = Severity.parse(m.group(1)).orElseThrow(() -> new IllegalArgumentException("'" + m.group(1)
                    + "' is not a severity: use " + Severity.accepted()));
            if (!given.add(s)) {
                throw new IllegalArgumentException(s.label() + " is given twice: give each severity's window once");
            }
            long n = Long.parseLong(m.group(2)) * (m.group(3).toLowerCase(Locale.ROOT).startsWith("d") ? 24 : 1);
            if (n < 1 || n > MAX_HOURS) {
                throw new IllegalArgumentException(s.label() + " " + m.group(2) + " " + m.group(3) + " is outside 1 h"
                        + " to 366 days");
            }
            hours.put(s, (int) n);
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("'" + text.strip() + "' gives no window: e.g. 'Critical 24 h; High 72 h'");
        }
        return new NotificationWindows(hours, given);
    }
}
