package io.camwarden.vuln.source;

import io.camwarden.domain.vuln.EpssScore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams FIRST's EPSS scores in their CSV form: an optional first line
 * {@code #model_version:v2025.03.14,score_date:2025-08-16T00:00:00+0000}, the header {@code cve,epss,percentile},
 * then one CVE a line. The score date of the comment line goes with every score. A line that is not
 * {@code CVE-id,score,percentile} with both between 0 and 1 is reported and skipped; a file without the
 * header is not EPSS and throws.
 */
public final class EpssCsvReader {

    private static final Pattern SCORE_DATE = Pattern.compile("score_date:(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern MODEL = Pattern.compile("model_version:([^,\\s]+)");
    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");

    private EpssCsvReader() {
    }

    /** What the comment line says, and how many scores were read and skipped. */
    public record Result(String modelVersion, LocalDate scoreDate, long read, long skipped) {
    }

    public static Result read(String file, InputStream in, Consumer<EpssScore> sink, Consumer<RecordProblem> problems) {
        String model = null;
        LocalDate scoreDate = null;
        boolean header = false;
        long n = 0;
        long read = 0;
        long skipped = 0;
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.startsWith("#")) {
                    Matcher d = SCORE_DATE.matcher(line);
                    if (d.find()) {
                        try {
                            scoreDate = LocalDate.parse(d.group(1));
                        } catch (DateTimeParseException e) {
                            throw new DataFileException(file + ": line " + n + " has no valid score_date: " + line);
                        }
                    }
                    Matcher m = MODEL.matcher(line);
                    if (m.find()) {
                        model = m.group(1);
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (!header) {
                    if (!line.strip().toLowerCase(Locale.ROOT).startsWith("cve,epss,percentile")) {
                        throw new DataFileException(file + ": not FIRST EPSS scores (the header must be"
                                + " cve,epss,percentile; line " + n + " is '" + abbreviated(line) + "')");
                    }
                    header = true;
                    continue;
                }
                String[] cells = line.split(",", -1);
                EpssScore score = null;
                if (cells.length >= 3 && CVE.matcher(cells[0].strip()).matches()) {
                    try {
                        score = new EpssScore(cells[0].strip(), Double.parseDouble(cells[1].strip()),
                                Double.parseDouble(cells[2].strip()), scoreDate);
                    } catch (IllegalArgumentException e) {
                        score = null; // NumberFormatException, or out of range
                    }
                }
                if (score == null) {
                    problems.accept(new RecordProblem(file, n, cells[0].isBlank() ? null : abbreviated(cells[0]),
                            "not 'CVE-id,score,percentile' with score and percentile between 0 and 1: '"
                                    + abbreviated(line) + "'"));
                    skipped++;
                } else {
                    sink.accept(score);
                    read++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (!header) {
            throw new DataFileException(file + ": no header line cve,epss,percentile: not FIRST EPSS scores");
        }
        return new Result(model, scoreDate, read, skipped);
    }

    static String abbreviated(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
