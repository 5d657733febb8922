package io.camwarden.cli;

import io.camwarden.domain.vuln.EpssScore;
import io.camwarden.domain.vuln.KevEntry;
import io.camwarden.domain.vuln.VendorAdvisory;
import io.camwarden.domain.vuln.Vulnerability;
import io.camwarden.vuln.match.VulnerabilityIndex;
import io.camwarden.vuln.source.DataFileException;
import io.camwarden.vuln.source.KevJsonReader;
import io.camwarden.vuln.source.NvdJsonReader;
import io.camwarden.vuln.source.RecordProblem;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The vulnerability data `camwarden match` reads from files: NVD CVE API 2.0 JSON (a file, {@code .json.gz},
 * or a directory of them, one CVE per file or whole feeds), the CISA KEV catalog, FIRST EPSS scores and
 * CamWarden advisories. Only the KEV and EPSS entries of CVEs in the index are kept. Records that cannot
 * be read are counted and the first few named on standard error; a file that is not what it should be
 * stops the command with what to do.
 *
 * <p>EPSS and advisories are read here, in the formats docs/vulnerabilities.md documents, until the bundle
 * importers' readers are on main; then this class should delegate to them.
 */
final class MatchData {

    private static final int SHOWN_PROBLEMS = 3;
    private static final List<String> ADVISORY_HEADER = List.of("advisory", "vendor", "model_pattern", "cves");

    final VulnerabilityIndex index;
    final Map<String, KevEntry> kev;
    final Map<String, EpssScore> epss;

    private MatchData(VulnerabilityIndex index, Map<String, KevEntry> kev, Map<String, EpssScore> epss) {
        this.index = index;
        this.kev = kev;
        this.epss = epss;
    }

    static MatchData load(List<Path> nvd, Path kevFile, Path epssFile, List<Path> advisoryFiles) {
        List<Vulnerability> records = new ArrayList<>();
        Problems problems = new Problems();
        try (ProgressBar bar = new ProgressBar("reading NVD", 0, "CVEs")) {
            for (Path root : nvd) {
                for (Path file : nvdFiles(root)) {
                    read(file, in -> NvdJsonReader.read(file.toString(), in, v -> {
                        records.add(v);
                        bar.step();
                    }, problems));
                }
            }
        }
        List<VendorAdvisory> advisories = new ArrayList<>();
        for (Path file : advisoryFiles) {
            read(file, in -> readAdvisories(file.toString(), in, advisories::add, problems));
        }
        VulnerabilityIndex index = VulnerabilityIndex.build(records, advisories);
        Map<String, KevEntry> kev = new HashMap<>();
        if (kevFile != null) {
            read(kevFile, in -> KevJsonReader.read(kevFile.toString(), in, e -> {
                if (index.vulnerability(e.cve()).isPresent() || isAdvised(advisories, e.cve())) {
                    kev.put(e.cve(), e);
                }
            }, problems));
        }
        Map<String, EpssScore> epss = new HashMap<>();
        if (epssFile != null) {
            read(epssFile, in -> readEpss(epssFile.toString(), in, s -> {
                if (index.vulnerability(s.cve()).isPresent() || isAdvised(advisories, s.cve())) {
                    epss.put(s.cve(), s);
                }
            }, problems));
        }
        problems.report();
        return new MatchData(index, kev, epss);
    }

    private static boolean isAdvised(List<VendorAdvisory> advisories, String cve) {
        for (VendorAdvisory a : advisories) {
            if (a.cves().contains(cve)) {
                return true;
            }
        }
        return false;
    }

    /** The JSON files of an --nvd argument: the file itself, or every .json and .json.gz under the directory. */
    static List<Path> nvdFiles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new UserError(root + " does not exist: give --nvd an NVD CVE API 2.0 JSON file (.json or"
                    + " .json.gz) or a directory of them");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return name.endsWith(".json") || name.endsWith(".json.gz");
            }).sorted().toList();
            if (files.isEmpty()) {
                throw new UserError(root + " holds no .json or .json.gz file: give --nvd the NVD data");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Reading {
        void from(InputStream in) throws IOException;
    }

    /** Opens the file (gunzipping it when it is gzip, whatever its name) and reads it; bad files are user errors. */
    private static void read(Path file, Reading reading) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " is not a file: check the path");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
                reading.from(in);
            }
        } catch (DataFileException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * FIRST's EPSS CSV: an optional {@code #model_version:...,score_date:...} line, the header
     * {@code cve,epss,percentile}, one CVE a line.
     */
    static void readEpss(String file, InputStream in, Consumer<EpssScore> sink, Consumer<RecordProblem> problems)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        LocalDate scoreDate = null;
        boolean header = false;
        long n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                int at = line.indexOf("score_date:");
                if (at >= 0 && line.length() >= at + 21) {
                    scoreDate = LocalDate.parse(line.substring(at + 11, at + 21));
                }
                continue;
            }
            if (!header) {
                if (!line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("cve,epss,percentile")) {
                    throw new DataFileException(file + ": not FIRST EPSS scores (the header must be"
                            + " cve,epss,percentile; line " + n + " is '" + line + "')");
                }
                header = true;
                continue;
            }
            String[] cells = line.split(",");
            try {
                sink.accept(new EpssScore(cells[0].strip(), Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                        scoreDate));
            } catch (RuntimeException e) {
                problems.accept(new RecordProblem(file, n, cells.length > 0 ? cells[0] : null,
                        "not 'CVE,score,percentile' with scores between 0 and 1"));
            }
        }
        if (!header) {
            throw new DataFileException(file + ": empty, not FIRST EPSS scores");
        }
    }

    /**
     * CamWarden advisories, CSV with the header
     * {@code advisory,vendor,model_pattern,cves,affected_from,fixed_in,reference,published} (the last four
     * optional); {@code cves} separated by {@code ;} or spaces.
     */
    static void readAdvisories(String file, InputStream in, Consumer<VendorAdvisory> sink,
                               Consumer<RecordProblem> problems) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (!parser.getHeaderNames().containsAll(ADVISORY_HEADER)) {
                throw new DataFileException(file + ": not CamWarden advisories (the header must name "
                        + String.join(",", ADVISORY_HEADER) + ",affected_from,fixed_in,reference,published; it is "
                        + String.join(",", parser.getHeaderNames()) + ")");
            }
            for (CSVRecord row : parser) {
                try {
                    sink.accept(advisory(row));
                } catch (RuntimeException e) {
                    problems.accept(new RecordProblem(file, row.getRecordNumber(), cell(row, "advisory"),
                            e.getMessage()));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DataFileException(file + ": not well-formed CSV: " + e.getMessage(), e);
        }
    }

    private static VendorAdvisory advisory(CSVRecord row) {
        String id = required(row, "advisory");
        List<String> cves = new ArrayList<>();
        for (String c : required(row, "cves").split("[;,\\s]+")) {
            if (!c.matches("CVE-\\d{4}-\\d{4,}")) {
                throw new IllegalArgumentException("'" + c + "' in cves is not a CVE id");
            }
            cves.add(c);
        }
        String published = cell(row, "published");
        return new VendorAdvisory(id, required(row, "vendor"), required(row, "model_pattern"),
                List.copyOf(new LinkedHashSet<>(cves)), cell(row, "affected_from"), cell(row, "fixed_in"),
                cell(row, "reference"), published == null ? null : LocalDate.parse(published));
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

    /** Skipped records: counted, the first few shown, so bad data is never silently dropped. */
    private static final class Problems implements Consumer<RecordProblem> {

        private final List<RecordProblem> first = new ArrayList<>();
        private long count;

        @Override
        public void accept(RecordProblem p) {
            count++;
            if (first.size() < SHOWN_PROBLEMS) {
                first.add(p);
            }
        }

        void report() {
            if (count > 0) {
                System.err.println("camwarden: skipped " + count + " unreadable record" + (count == 1 ? "" : "s")
                        + "; the first:");
                first.forEach(p -> System.err.println("  " + p));
            }
        }
    }
}
