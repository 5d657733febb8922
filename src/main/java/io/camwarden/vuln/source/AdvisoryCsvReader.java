package io.camwarden.vuln.source;

import io.camwarden.domain.vuln.VendorAdvisory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams CamWarden vendor advisories: CSV with the header
 * {@code advisory,vendor,model_pattern,cves,affected_from,fixed_in,reference,published} (the last four
 * optional, more columns allowed), {@code cves} separated by {@code ;}, {@code ,} or spaces, {@code published}
 * YYYY-MM-DD, {@code #} lines comments (docs/vulnerabilities.md). A row without advisory, vendor, model
 * pattern or a valid CVE list, or with a date that is no date, is reported and skipped.
 */
public final class AdvisoryCsvReader {

    /** Longest advisory id, vendor and model pattern. */
    static final int MAX_NAME = 200;
    public static final List<String> REQUIRED = List.of("advisory", "vendor", "model_pattern", "cves");

    private AdvisoryCsvReader() {
    }

    /** @return how many advisories were read and skipped */
    public static NvdJsonReader.Counts read(String file, InputStream in, Consumer<VendorAdvisory> sink,
                                            Consumer<RecordProblem> problems) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        long read = 0;
        long skipped = 0;
        try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (!parser.getHeaderNames().containsAll(REQUIRED)) {
                throw new DataFileException(file + ": not CamWarden advisories (the header must name "
                        + String.join(",", REQUIRED) + ",affected_from,fixed_in,reference,published; it is "
                        + String.join(",", parser.getHeaderNames()) + ")");
            }
            for (CSVRecord row : parser) {
                try {
                    sink.accept(advisory(row));
                    read++;
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    problems.accept(new RecordProblem(file, row.getRecordNumber(), cell(row, "advisory"),
                            e.getMessage()));
                    skipped++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv: an unterminated quote and the like, after `read` good rows
            throw new DataFileException(file + ": not well-formed CSV after " + read + " advisories: "
                    + e.getMessage(), e);
        }
        return new NvdJsonReader.Counts(read, skipped);
    }

    static VendorAdvisory advisory(CSVRecord row) {
        if (!row.isConsistent()) {
            throw new IllegalArgumentException("the row has " + row.size() + " cells, the header "
                    + row.getParser().getHeaderNames().size());
        }
        String id = required(row, "advisory");
        List<String> cves = new ArrayList<>();
        for (String c : required(row, "cves").split("[;,\\s]+")) {
            if (!c.matches("CVE-\\d{4}-\\d{4,}")) {
                throw new IllegalArgumentException("'" + c + "' in cves is not a CVE id");
            }
            cves.add(c);
        }
        for (String column : List.of("advisory", "vendor", "model_pattern")) {
            if (required(row, column).length() > MAX_NAME) {
                throw new IllegalArgumentException(column + " is longer than " + MAX_NAME + " characters");
            }
        }
        String published = cell(row, "published");
        LocalDate date;
        try {
            date = published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published '" + published + "' is not a date (YYYY-MM-DD)");
        }
        return new VendorAdvisory(id, required(row, "vendor"), required(row, "model_pattern"),
                List.copyOf(new LinkedHashSet<>(cves)), cell(row, "affected_from"), cell(row, "fixed_in"),
                cell(row, "reference"), date);
    }

    private static String required(CSVRecord row, String column) {
        String v = cell(row, column);
        if (v == null) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return v;
    }

    private static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column).strip();
        return v.isEmpty() ? null : v;
    }
}
