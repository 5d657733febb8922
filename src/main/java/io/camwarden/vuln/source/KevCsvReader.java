package io.camwarden.vuln.source;

import io.camwarden.domain.vuln.KevEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams CISA's KEV catalog in its CSV form (known_exploited_vulnerabilities.csv: {@code cveID,vendorProject,
 * product,vulnerabilityName,dateAdded,shortDescription,requiredAction,dueDate,knownRansomwareCampaignUse,notes,
 * cwes}). The CSV carries no catalog version. A row without a CVE id or with a date that is no date is
 * reported and skipped.
 */
public final class KevCsvReader {

    static final List<String> REQUIRED = List.of("cveID", "vendorProject", "product", "dateAdded");

    private KevCsvReader() {
    }

    public static NvdJsonReader.Counts read(String file, InputStream in, Consumer<KevEntry> sink,
                                            Consumer<RecordProblem> problems) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        long read = 0;
        long skipped = 0;
        try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            if (!header.containsAll(REQUIRED)) {
                throw new DataFileException(file + ": not the CISA KEV catalog CSV (the header must name "
                        + String.join(",", REQUIRED) + "...; it is " + String.join(",", header) + ")");
            }
            for (CSVRecord row : parser) {
                String id = cell(row, "cveID");
                try {
                    if (id == null || !id.matches("CVE-\\d{4}-\\d{4,}")) {
                        throw new IllegalArgumentException("cveID is missing or not a CVE id: " + id);
                    }
                    sink.accept(new KevEntry(id, cell(row, "vendorProject"), cell(row, "product"),
                            cell(row, "vulnerabilityName"), date(row, "dateAdded"), date(row, "dueDate"),
                            cell(row, "requiredAction"), "Known".equalsIgnoreCase(cell(row, "knownRansomwareCampaignUse")),
                            cell(row, "notes")));
                    read++;
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    problems.accept(new RecordProblem(file, row.getRecordNumber(), id, e.getMessage()));
                    skipped++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DataFileException(file + ": not well-formed CSV after " + read + " entries: " + e.getMessage(), e);
        }
        return new NvdJsonReader.Counts(read, skipped);
    }

    private static LocalDate date(CSVRecord row, String column) {
        String s = cell(row, column);
        return s == null ? null : LocalDate.parse(s);
    }

    private static String cell(CSVRecord row, String column) {
        String name = column;
        if (!row.isMapped(name)) {
            name = "\uFEFF" + column; // a byte-order mark before the first header
        }
        if (!row.isMapped(name) || !row.isSet(name)) {
            return null;
        }
        String v = row.get(name).strip();
        return v.isEmpty() ? null : v;
    }
}
