package io.camwarden.domain.questionnaire;

import io.camwarden.domain.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One question of the owner questionnaire: which check it helps decide, from which security level it is
 * asked, the kind of answer, which answers comply (per level for numbers where the regulation says so),
 * whether a document must back the answer, its wording in every language, and what the regulation asks
 * (the sentence a non-compliant answer's evidence quotes).
 *
 * @param minLevel     asked from this level up; null asks it at every level
 * @param numberRanges for NUMBER: the compliant range by lowest level it applies from (key 1 = every level)
 * @param compliant    for YES_NO: "yes" or "no"; for CHOICE: unused (each choice says)
 */
public record Question(String id, String checkId, Integer minLevel, AnswerType type, String unit,
                       NavigableMap<Integer, NumberRange> numberRanges, String compliant, List<Choice> choices,
                       boolean evidenceRequired, Map<Language, String> text, String requirement) {

    public Question {
        numberRanges = numberRanges == null ? new TreeMap<>() : new TreeMap<>(numberRanges);
        choices = choices == null ? List.of() : List.copyOf(choices);
        text = Map.copyOf(text);
    }

    public String text(Language language) {
        return text.getOrDefault(language, text.get(Language.EN));
    }

    /**
     * Whether the question is asked of a system at this level. An unknown level asks only the questions of
     * every level: INV-02 reports the missing level, and a stricter question would be a guess.
     */
    public boolean appliesAt(Integer level) {
        return minLevel == null || minLevel <= 1 || (level != null && level >= minLevel);
    }

    /** The compliant range at this level; an unknown level gets the range of the lowest level. */
    public NumberRange rangeAt(Integer level) {
        var e = level == null ? numberRanges.firstEntry() : numberRanges.floorEntry(level);
        return e == null ? numberRanges.firstEntry().getValue() : e.getValue();
    }

    /** The answer as stored ("yes", "12", a choice key), or an error that says what is accepted. */
    public Result parse(String raw) {
        String a = raw == null ? "" : asciiDigits(raw.strip().toLowerCase(Locale.ROOT));
        if (a.isEmpty()) {
            return Result.error("is required: " + accepted());
        }
        switch (type) {
            case YES_NO -> {
                return a.equals("yes") || a.equals("no") ? Result.ok(a) : Result.error("'" + raw + "' is not "
                        + accepted());
            }
            case NUMBER -> {
                if (!a.matches("\\d{1,6}")) {
                    return Result.error("'" + raw + "' is not " + accepted());
                }
                return Result.ok(String.valueOf(Integer.parseInt(a)));
            }
            default -> {
                return choice(a).isPresent() ? Result.ok(a) : Result.error("'" + raw + "' is not " + accepted());
            }
        }
    }

    /** Persian (۱۲) and Arabic-Indic (١٢) digits as ASCII, so a number typed on a Persian keyboard counts. */
    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(c >= 0x06F0 && c <= 0x06F9 ? '0' + c - 0x06F0
                : c >= 0x0660 && c <= 0x0669 ? '0' + c - 0x0660 : c));
        return b.toString();
    }

    /** What an answer may be, for error messages. */
    public String accepted() {
        return switch (type) {
            case YES_NO -> "yes or no";
            case NUMBER -> "a whole number of " + unit;
            case CHOICE -> "one of " + String.join(", ", choices.stream().map(Choice::key).toList());
        };
    }

    public Optional<Choice> choice(String key) {
        return choices.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** Whether a stored answer complies at this level. */
    public boolean complies(String answer, Integer level) {
        return switch (type) {
            case YES_NO -> compliant.equals(answer);
            case NUMBER -> rangeAt(level).contains(Long.parseLong(answer));
            case CHOICE -> choice(answer).map(Choice::compliant).orElse(false);
        };
    }

    /** What a compliant answer is at this level, e.g. "at least 3 months", "yes", "disabled or approved". */
    public String compliantAnswer(Integer level) {
        return switch (type) {
            case YES_NO -> compliant;
            case NUMBER -> rangeAt(level).describe(unit);
            case CHOICE -> String.join(" or ", choices.stream().filter(Choice::compliant).map(Choice::key).toList());
        };
    }

    /** An answer as a person reads it: a choice's English words, a number with its unit. */
    public String describe(String answer) {
        return switch (type) {
            case YES_NO -> answer;
            case NUMBER -> answer.matches("\\d{1,9}") ? NumberRange.count(Long.parseLong(answer), unit) : answer;
            case CHOICE -> choice(answer).map(c -> answer + " (" + c.text(Language.EN) + ")").orElse(answer);
        };
    }

    /** A parsed answer, or what is wrong with it. */
    public record Result(String value, String error) {
        static Result ok(String v) {
            return new Result(v, null);
        }

        static Result error(String e) {
            return new Result(null, e);
        }
    }
}
