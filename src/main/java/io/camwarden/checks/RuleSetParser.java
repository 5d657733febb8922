package io.camwarden.checks;

import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.Check;
import io.camwarden.domain.check.CheckMappings;
import io.camwarden.domain.check.MinimumLevel;
import io.camwarden.domain.check.NotificationWindows;
import io.camwarden.domain.check.SeverityRule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a rule-set file: CSV with the columns of the shipped catalogue (shared/data/criteria/checks.csv),
 * one row per check. Everything is validated before anything is adopted, and every problem is reported
 * with its row, line and column. Dashes ("—", "-") in mapping columns mean "none" and are kept as written.
 * The optional column {@code notification_windows} carries GOV-04's windows; a file without it keeps the defaults.
 */
public final class RuleSetParser {

    /** The columns, in the shipped file's order; every one must be present, no other is accepted. */
    public static final List<String> COLUMNS = List.of("check_id", "domain", "title", "observation_or_test",
            "pass_criterion", "severity", "min_level", "vn_mic_camera_criteria", "vn_security_level_refs",
            "etsi_en_303_645", "other_refs", "source");
    /**
     * Columns a rule set may add after the shipped ones (the shipped file has none of them): GOV-04's notification
     * windows per severity ({@link NotificationWindows}).
     */
    public static final String NOTIFICATION_WINDOWS = "notification_windows";
    public static final List<String> OPTIONAL_COLUMNS = List.of(NOTIFICATION_WINDOWS);
    private static final Set<String> REQUIRED_CELLS = Set.of("check_id", "domain", "title", "severity", "min_level");
    private static final Pattern CHECK_ID = Pattern.compile("[A-Z]{1,8}-[0-9]{1,3}");
    public static final int MAX_CHECKS = 2000;
    private static final int MAX_CELL = 10_000;
    private static final int MAX_PROBLEMS = 100;

    private RuleSetParser() {
    }

    public static Catalogue parse(Reader in, int version) {
        BufferedReader reader = new BufferedReader(in);
        List<RuleSetProblem> problems = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        try {
            skipByteOrderMark(reader);
            CSVParser parser;
            try {
                parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                        .setTrim(true).setAllowMissingColumnNames(true).get().parse(reader);
            } catch (IllegalArgumentException e) { // duplicate header names, among others
                throw RuleSetFileException.of("the header row is not valid: " + e.getMessage());
            }
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
                throw RuleSetFileException.of("the file is empty: expected a header row with the columns "
                        + String.join(",", COLUMNS));
            }
            checkHeader(header, problems);
            if (!problems.isEmpty()) {
                throw new RuleSetFileException(problems);
            }
            Map<String, Integer> firstRowOfId = new HashMap<>();
            Iterator<CSVRecord> records = parser.iterator();
            int row = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new RuleSetProblem(row + 1, line, null, "the CSV cannot be read from here on: "
                            + rootMessage(e) + " (an unclosed quote?)"));
                    break;
                }
                row++;
                if (row > MAX_CHECKS) {
                    problems.add(new RuleSetProblem(row, line, null, "more than " + MAX_CHECKS + " checks: is this"
                            + " the right file?"));
                    break;
                }
                Check c = check(r, row, line, firstRowOfId, problems);
                if (c != null) {
                    checks.add(c);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
            if (checks.isEmpty() && problems.isEmpty()) {
                problems.add(new RuleSetProblem(0, 1, null, "the file has a header but no checks"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetFileException(problems);
        }
        return new Catalogue(version, checks);
    }

    private static void checkHeader(List<String> header, List<RuleSetProblem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (String h : header) {
            String name = h.strip();
            if (!seen.add(name)) {
                problems.add(new RuleSetProblem(0, 1, name, "appears twice: each column appears once"));
            } else if (!COLUMNS.contains(name) && !OPTIONAL_COLUMNS.contains(name)) {
                problems.add(new RuleSetProblem(0, 1, name.isEmpty() ? "(unnamed)" : name, "unknown column: "
                        + columnsRule()));
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !seen.contains(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new RuleSetProblem(0, 1, null, "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + ": " + columnsRule()));
        }
    }

    private static String columnsRule() {
        return "a rule set has the columns " + String.join(",", COLUMNS) + ", and may add "
                + String.join(",", OPTIONAL_COLUMNS);
    }

    private static Check check(CSVRecord r, int row, long line, Map<String, Integer> firstRowOfId,
                               List<RuleSetProblem> problems) {
        int before = problems.size();
        int width = r.getParser().getHeaderNames().size();
        if (r.size() != width) {
            problems.add(new RuleSetProblem(row, line, null, "has " + r.size() + " cells, the header has "
                    + width + ": a comma inside a cell needs the cell in double quotes"));
            return null;
        }
        Map<String, String> cells = new HashMap<>();
        List<String> present = new ArrayList<>(COLUMNS);
        OPTIONAL_COLUMNS.stream().filter(r::isMapped).forEach(present::add);
        for (String column : present) {
            String v = r.get(column);
            if (v.length() > MAX_CELL) {
                problems.add(new RuleSetProblem(row, line, column, "is longer than " + MAX_CELL + " characters"));
            } else if (v.isBlank() && REQUIRED_CELLS.contains(column)) {
                problems.add(new RuleSetProblem(row, line, column, "is empty: every check needs a " + column));
            }
            cells.put(column, v.isBlank() ? null : v.strip());
        }
        String id = cells.get("check_id");
        if (id != null && !CHECK_ID.matcher(id).matches()) {
            problems.add(new RuleSetProblem(row, line, "check_id", "'" + id + "' is not a check ID: use capital"
                    + " letters, a hyphen and a number, e.g. INV-05"));
        } else if (id != null && firstRowOfId.putIfAbsent(id, row) != null) {
            problems.add(new RuleSetProblem(row, line, "check_id", id + " is already defined in row "
                    + firstRowOfId.get(id) + ": each check appears once"));
        }
        SeverityRule severity = parseCell(cells.get("severity"), SeverityRule::parse, row, line, "severity", problems);
        MinimumLevel minLevel = parseCell(cells.get("min_level"), MinimumLevel::parse, row, line, "min_level", problems);
        NotificationWindows windows = null;
        if (cells.get(NOTIFICATION_WINDOWS) != null && !NotificationWindows.CHECK_ID.equals(id)) {
            problems.add(new RuleSetProblem(row, line, NOTIFICATION_WINDOWS, "only " + NotificationWindows.CHECK_ID
                    + " (finding notification) has notification windows: leave it empty on " + id + "'s row"));
        } else {
            windows = parseCell(cells.get(NOTIFICATION_WINDOWS), NotificationWindows::parse, row, line,
                    NOTIFICATION_WINDOWS, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        return new Check(id, cells.get("domain"), cells.get("title"), cells.get("observation_or_test"),
                cells.get("pass_criterion"), severity, minLevel, new CheckMappings(cells.get("vn_mic_camera_criteria"),
                cells.get("vn_security_level_refs"), cells.get("etsi_en_303_645"), cells.get("other_refs")),
                cells.get("source"), windows);
    }

    private static <T> T parseCell(String text, java.util.function.Function<String, T> parse, int row, long line,
                                   String column, List<RuleSetProblem> problems) {
        if (text == null) {
            return null; // already reported as empty
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(new RuleSetProblem(row, line, column, e.getMessage()));
            return null;
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
