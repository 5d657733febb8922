package io.camwarden.questionnaire;

import io.camwarden.domain.Language;
import io.camwarden.domain.questionnaire.AnswerType;
import io.camwarden.domain.questionnaire.Choice;
import io.camwarden.domain.questionnaire.NumberRange;
import io.camwarden.domain.questionnaire.Question;
import io.camwarden.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the owner questionnaire shipped in the jar: {@code checks/questionnaire-V.csv} (one row per question)
 * and {@code checks/questionnaire-V-choices.csv} (one row per choice of a CHOICE question). A file with any
 * problem is refused whole, the problem named by question and column; the test suite reads the shipped files,
 * so a broken questionnaire never reaches a release.
 */
public final class QuestionnaireFile {

    /** The version shipped with this CamWarden: the one owners answer. */
    public static final int SHIPPED_VERSION = 1;

    private static final Questionnaire SHIPPED = load(SHIPPED_VERSION);

    private QuestionnaireFile() {
    }

    public static Questionnaire shipped() {
        return SHIPPED;
    }

    static Questionnaire load(int version) {
        String questions = "checks/questionnaire-" + version + ".csv";
        String choices = "checks/questionnaire-" + version + "-choices.csv";
        try (Reader q = resource(questions); Reader c = resource(choices)) {
            return parse(version, q, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader resource(String name) {
        InputStream in = QuestionnaireFile.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static Questionnaire parse(int version, Reader questionsCsv, Reader choicesCsv) throws IOException {
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        for (CSVRecord r : csv(choicesCsv)) {
            String id = r.get("question_id");
            choices.computeIfAbsent(id, k -> new ArrayList<>()).add(new Choice(required(r, "choice", id),
                    yesNo(r, "compliant", id), texts(r, "choice_", id)));
        }
        List<Question> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : csv(questionsCsv)) {
            String id = required(r, "question_id", "row " + r.getRecordNumber());
            if (!ids.add(id)) {
                throw problem(id, "question_id", "appears twice");
            }
            AnswerType type = type(r, id);
            String compliant = r.get("compliant").strip();
            TreeMap<Integer, NumberRange> ranges = new TreeMap<>();
            List<Choice> own = choices.getOrDefault(id, List.of());
            switch (type) {
                case YES_NO -> {
                    if (!compliant.equals("yes") && !compliant.equals("no")) {
                        throw problem(id, "compliant", "'" + compliant + "' is not yes or no");
                    }
                }
                case NUMBER -> ranges.putAll(ranges(compliant, id));
                case CHOICE -> {
                    if (own.size() < 2 || own.stream().noneMatch(Choice::compliant)) {
                        throw problem(id, "choices", "a choice question needs at least two choices, one compliant");
                    }
                }
            }
            if (type != AnswerType.CHOICE && !own.isEmpty()) {
                throw problem(id, "choices", "only CHOICE questions have choices");
            }
            String unit = r.get("unit").strip();
            if (type == AnswerType.NUMBER && unit.isEmpty()) {
                throw problem(id, "unit", "a number question names its unit");
            }
            out.add(new Question(id, required(r, "check_id", id), level(r, id), type, unit.isEmpty() ? null : unit,
                    ranges, type == AnswerType.YES_NO ? compliant : null, own, yesNo(r, "evidence_required", id),
                    texts(r, "question_", id), required(r, "requirement", id)));
        }
        for (String id : choices.keySet()) {
            if (!ids.contains(id)) {
                throw problem(id, "question_id", "has choices but is not a question");
            }
        }
        return new Questionnaire(version, out);
    }

    private static Iterable<CSVRecord> csv(Reader r) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(r);
    }

    private static AnswerType type(CSVRecord r, String id) {
        try {
            return AnswerType.valueOf(r.get("type").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(id, "type", "'" + r.get("type") + "' is not YES_NO, NUMBER or CHOICE");
        }
    }

    /** "1-5" for every level, or "L2:1-|L3:3-" per level (each from that level up). */
    private static Map<Integer, NumberRange> ranges(String text, String id) {
        Map<Integer, NumberRange> m = new TreeMap<>();
        try {
            for (String part : text.split("\\|")) {
                String p = part.strip();
                if (p.matches("L[1-5]:.*")) {
                    m.put(p.charAt(1) - '0', NumberRange.parse(p.substring(3)));
                } else {
                    m.put(1, NumberRange.parse(p));
                }
            }
        } catch (IllegalArgumentException e) {
            throw problem(id, "compliant", e.getMessage());
        }
        if (m.isEmpty()) {
            throw problem(id, "compliant", "a number question says which numbers comply");
        }
        return m;
    }

    private static Integer level(CSVRecord r, String id) {
        String v = r.get("min_level").strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("[1-5]")) {
            throw problem(id, "min_level", "'" + v + "' is not a level 1 to 5");
        }
        return Integer.valueOf(v);
    }

    private static Map<Language, String> texts(CSVRecord r, String prefix, String id) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            m.put(l, required(r, prefix + l.code(), id));
        }
        return m;
    }

    private static boolean yesNo(CSVRecord r, String column, String id) {
        String v = r.get(column).strip();
        if (!v.equals("yes") && !v.equals("no")) {
            throw problem(id, column, "'" + v + "' is not yes or no");
        }
        return v.equals("yes");
    }

    private static String required(CSVRecord r, String column, String id) {
        String v = r.get(column).strip();
        if (v.isEmpty()) {
            throw problem(id, column, "is empty");
        }
        return v;
    }

    private static IllegalStateException problem(String id, String column, String what) {
        return new IllegalStateException("questionnaire: question " + id + ", column " + column + ": " + what);
    }
}
