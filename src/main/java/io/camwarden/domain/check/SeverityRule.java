package io.camwarden.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check's severity as the rule set states it, in structured form beside the original text:
 * <ul>
 *   <li>"High" → base HIGH;</li>
 *   <li>"Medium (High at L3+)" → base MEDIUM, HIGH at levels 3 to 5;</li>
 *   <li>"High (L3+) / Medium (L1-2)" → HIGH at 3 to 5, MEDIUM at 1 and 2; with no unqualified part, the
 *       base (used when the level is unknown) is the most severe of them, so an unknown level never
 *       lowers a severity;</li>
 *   <li>"High (Critical if EoL and KEV-affected, …)" → base HIGH and an escalation to CRITICAL under a
 *       condition stated in words; CamWarden reports such conditions but does not apply them on its own;</li>
 *   <li>"Medium (procurement gate)" → base MEDIUM with a note.</li>
 * </ul>
 */
public record SeverityRule(Severity base, List<LevelSeverity> byLevel, List<Escalation> escalations,
                           List<String> notes, String text) {

    /** The severity at some security levels. */
    public record LevelSeverity(LevelRange levels, Severity severity) {
    }

    /** A higher severity under a condition the catalogue states in words, e.g. "if Telnet with default root". */
    public record Escalation(Severity severity, String condition) {
    }

    private static final Pattern AT_LEVEL = Pattern.compile("(?i)at\\s+(L.+)");

    public SeverityRule {
        byLevel = List.copyOf(byLevel);
        escalations = List.copyOf(escalations);
        notes = List.copyOf(notes);
    }

    public static SeverityRule of(Severity base) {
        return new SeverityRule(base, List.of(), List.of(), List.of(), base.label());
    }

    /** The severity at a security level; the base when the level is unknown or no level rule covers it. */
    public Severity at(Integer level) {
        if (level != null) {
            for (LevelSeverity l : byLevel) {
                if (l.levels().contains(level)) {
                    return l.severity();
                }
            }
        }
        return base;
    }

    /** Parses a severity cell; the message of the exception says what is wrong and what is accepted. */
    public static SeverityRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty: give a severity (" + Severity.accepted() + ")");
        }
        Severity base = null;
        List<LevelSeverity> byLevel = new ArrayList<>();
        List<Escalation> escalations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Segments.Segment s : Segments.of(text)) {
            Severity severity = severity(s.head(), text);
            String remark = s.remark();
            LevelRange levels = remark == null ? null : LevelRange.parse(remark);
            if (levels != null) {
                add(byLevel, new LevelSeverity(levels, severity), text);
                continue;
            }
            if (base != null) {
                throw new IllegalArgumentException("'" + text + "' gives two severities for every level ("
                        + base.label() + " and " + severity.label() + "): qualify one with levels, e.g. 'High (L3+)'");
            }
            base = severity;
            if (remark != null) {
                remark(remark, byLevel, escalations, notes, text);
            }
        }
        if (base == null) {
            base = byLevel.stream().map(LevelSeverity::severity).max(Enum::compareTo).orElseThrow();
        }
        return new SeverityRule(base, byLevel, escalations, notes, text.strip());
    }

    /** "High at L3+" → a level rule; "Critical if …" → an escalation; anything else is a note. */
    private static void remark(String remark, List<LevelSeverity> byLevel, List<Escalation> escalations,
                               List<String> notes, String text) {
        String[] words = remark.split("\\s+", 2);
        Optional<Severity> higher = Severity.parse(words[0]);
        if (higher.isEmpty() || words.length == 1) {
            notes.add(remark);
            return;
        }
        Matcher at = AT_LEVEL.matcher(words[1].strip());
        LevelRange levels = at.matches() ? LevelRange.parse(at.group(1)) : null;
        if (levels != null) {
            add(byLevel, new LevelSeverity(levels, higher.get()), text);
        } else {
            escalations.add(new Escalation(higher.get(), words[1].strip()));
        }
    }

    private static void add(List<LevelSeverity> byLevel, LevelSeverity l, String text) {
        for (LevelSeverity other : byLevel) {
            if (l.levels().from() <= other.levels().to() && other.levels().from() <= l.levels().to()) {
                throw new IllegalArgumentException("'" + text + "' gives two severities for the same level ("
                        + other.levels() + " and " + l.levels() + " overlap)");
            }
        }
        byLevel.add(l);
    }

    private static Severity severity(String head, String text) {
        return Severity.parse(head).orElseThrow(() -> new IllegalArgumentException("'" + head + "' in '" + text
                + "' is not a severity: use " + Severity.accepted() + ", optionally followed by levels in"
                + " parentheses, e.g. 'High (L3+) / Medium (L1-2)'"));
    }

}
