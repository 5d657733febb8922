package io.camwarden.exposure;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.checks.RegulatorOnly;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.ExposureReport;
import io.camwarden.domain.net.IpAddresses;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.Text;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports exposure reports (NET-01 Internet exposure, NET-07 botnet traffic) from CSV: one sighting per row,
 * {@code address,port,seen_at,source,kind[,detail]}. Every row is stored or rejected on its own, with its row
 * number and reason; a sighting already stored is a duplicate. The regulator and administrators import.
 */
@Service
public class ExposureReportService {

    static final List<String> REQUIRED = List.of("address", "seen_at", "source", "kind");
    static final Set<String> KNOWN = Set.of("address", "port", "seen_at", "source", "kind", "detail");
    private static final int MAX_ROWS = 100_000;
    private static final int MAX_TEXT = 1000;

    private final ExposureReportRepository repo;
    private final AuditLog audit;
    private final Clock clock;

    public ExposureReportService(ExposureReportRepository repo, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ExposureReport> list(Caller caller, String ip, String kind, PageRequest page) {
        RegulatorOnly.require(caller, "read exposure reports");
        FieldErrors errors = new FieldErrors();
        String address = Text.trim(ip);
        if (address != null && !IpAddresses.isLiteral(address)) {
            errors.add("ip", "'" + ip + "' is not an IP address");
        }
        ExposureReport.Kind k = null;
        if (Text.trim(kind) != null) {
            try {
                k = ExposureReport.Kind.of(kind);
            } catch (IllegalArgumentException e) {
                errors.add("kind", e.getMessage());
            }
        }
        errors.throwIfAny();
        return repo.list(address, k, page);
    }

    @Transactional
    public ExposureImportReport importCsv(Caller caller, Reader csv, String origin) {
        RegulatorOnly.require(caller, "import exposure reports");
        Instant now = Instant.now(clock);
        int imported = 0;
        int duplicates = 0;
        int rejectedTotal = 0;
        List<ExposureImportReport.Rejection> rejected = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(csv)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
                    .toList();
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw InvalidInputException.of("header", "the file lacks the column" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing) + ": the header is address,port,seen_at,source,kind[,detail]");
            }
            int row = 0;
            for (CSVRecord r : parser) {
                row++;
                if (row > MAX_ROWS) {
                    throw InvalidInputException.of("file", "has more than " + MAX_ROWS + " rows: split it");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    cells.put(header.get(i), r.get(i));
                }
                FieldErrors errors = new FieldErrors();
                ExposureReport report = parse(cells, errors, now, caller.username());
                if (!errors.isEmpty()) {
                    rejectedTotal++;
                    if (rejected.size() < ExposureImportReport.MAX_LISTED) {
                        rejected.add(new ExposureImportReport.Rejection(row, parser.getCurrentLineNumber(),
                                errors.summary()));
                    }
                    continue;
                }
                if (repo.exists(report)) {
                    duplicates++;
                } else {
                    repo.insert(report);
                    imported++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw InvalidInputException.of("file", "is not readable CSV: " + e.getMessage());
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("origin", origin);
        detail.put("imported", imported);
        detail.put("duplicates", duplicates);
        detail.put("rejected", rejectedTotal);
        audit.record("exposure_report.import", "exposure_report", null, detail);
        return new ExposureImportReport(imported, duplicates, rejected, rejectedTotal);
    }

    private static ExposureReport parse(Map<String, String> c, FieldErrors errors, Instant now, String by) {
        String ip = null;
        String address = Text.trim(c.get("address"));
        if (address == null) {
            errors.add("address", "is required");
        } else {
            try {
                ip = IpAddresses.canonical(address);
            } catch (IllegalArgumentException e) {
                errors.add("address", "'" + address + "' is not an IP address");
            }
        }
        Integer port = null;
        String p = Text.trim(c.get("port"));
        if (p != null) {
            try {
                port = Integer.valueOf(p);
                if (port < 1 || port > 65535) {
                    errors.add("port", "'" + p + "' is not a port: use 1 to 65535");
                    port = null;
                }
            } catch (NumberFormatException e) {
                errors.add("port", "'" + p + "' is not a port: use 1 to 65535");
            }
        }
        Instant seen = seenAt(Text.trim(c.get("seen_at")), errors);
        if (seen != null && seen.isAfter(now.plus(Duration.ofDays(1)))) {
            errors.add("seen_at", "is in the future");
        }
        String source = Text.trim(c.get("source"));
        if (source == null) {
            errors.add("source", "is required: who saw it (the ISP's scan, the feed, the IDS)");
        }
        ExposureReport.Kind kind = null;
        try {
            kind = ExposureReport.Kind.of(c.get("kind"));
        } catch (IllegalArgumentException e) {
            errors.add("kind", e.getMessage());
        }
        String detail = Text.trim(c.get("detail"));
        for (var e : new String[][] {{"source", source}, {"detail", detail}}) {
            if (e[1] != null && e[1].length() > MAX_TEXT) {
                errors.add(e[0], "is longer than " + MAX_TEXT + " characters");
            }
        }
        return errors.isEmpty() ? new ExposureReport(null, ip, port, seen, source, kind, detail, now, by) : null;
    }

    /** "2026-05-01T08:30:00Z", "2026-05-01T15:30:00+07:00", or a date "2026-05-01" (its start, UTC). */
    private static Instant seenAt(String v, FieldErrors errors) {
        if (v == null) {
            errors.add("seen_at", "is required: when the address was seen, e.g. 2026-05-01T08:30:00Z");
            return null;
        }
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            errors.add("seen_at", "'" + v + "' is not a time such as 2026-05-01T08:30:00Z or a date 2026-05-01");
            return null;
        }
    }
}
