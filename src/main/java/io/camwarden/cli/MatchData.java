package io.camwarden.cli;

import io.camwarden.domain.vuln.EpssScore;
import io.camwarden.domain.vuln.KevEntry;
import io.camwarden.domain.vuln.VendorAdvisory;
import io.camwarden.domain.vuln.Vulnerability;
import io.camwarden.vuln.match.VulnerabilityIndex;
import io.camwarden.vuln.source.AdvisoryCsvReader;
import io.camwarden.vuln.source.Cve5JsonReader;
import io.camwarden.vuln.source.DataFileException;
import io.camwarden.vuln.source.DataFileKind;
import io.camwarden.vuln.source.DataFiles;
import io.camwarden.vuln.source.EpssCsvReader;
import io.camwarden.vuln.source.KevCsvReader;
import io.camwarden.vuln.source.KevJsonReader;
import io.camwarden.vuln.store.CveSources;
import io.camwarden.vuln.store.VulnerabilityData;
import io.camwarden.vuln.source.NvdJsonReader;
import io.camwarden.vuln.source.RecordProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The vulnerability data `camwarden match` reads from files: NVD CVE API 2.0 JSON (a file, {@code .json.gz},
 * or a directory of them, one CVE per file or whole feeds), the CISA KEV catalog, FIRST EPSS scores and
 * CamWarden advisories. Only the KEV and EPSS entries of CVEs in the index are kept. Records that cannot
 * be read are counted and the first few named on standard error; a file that is not what it should be
 * stops the command with what to do.

 */
final class MatchData {

    private static final int SHOWN_PROBLEMS = 3;

    final VulnerabilityIndex index;
    final Map<String, KevEntry> kev;
    final Map<String, EpssScore> epss;

    private MatchData(VulnerabilityIndex index, Map<String, KevEntry> kev, Map<String, EpssScore> epss) {
        this.index = index;
        this.kev = kev;
        this.epss = epss;
    }

    static MatchData load(List<Path> nvd, Path kevFile, Path epssFile, List<Path> advisoryFiles) {
        Map<String, Vulnerability> fromNvd = new LinkedHashMap<>();
        Map<String, Vulnerability> fromCve5 = new HashMap<>();
        Problems problems = new Problems();
        try (ProgressBar bar = new ProgressBar("reading NVD", 0, "CVEs")) {
            for (Path root : nvd) {
                for (Path file : nvdFiles(root)) {
                    DataFileKind kind = kind(file);
                    if (Files.isDirectory(root) && kind != DataFileKind.NVD_JSON && kind != DataFileKind.CVE5_JSON
                            && kind != DataFileKind.CVE5_JSONL) {
                        System.err.println("camwarden: skipping " + file + " (" + kind.description + ", not CVE"
                                + " records; give it with --kev, --epss or --advisories)");
                        continue;
                    }
                    // of two records of one CVE in the files, the newer counts, as on import
                    Map<String, Vulnerability> into = kind == DataFileKind.NVD_JSON ? fromNvd : fromCve5;
                    Consumer<Vulnerability> sink = v -> {
                        into.merge(v.id(), v, MatchData::newer);
                        bar.step();
                    };
                    read(file, in -> {
                        switch (kind) {
                            case NVD_JSON -> NvdJsonReader.read(file.toString(), in, sink, problems);
                            case CVE5_JSON -> Cve5JsonReader.readRecord(file.toString(), in, sink, problems);
                            case CVE5_JSONL -> Cve5JsonReader.readLines(file.toString(), in, sink, problems);
                            default -> throw new UserError(file + " is " + kind.description + ", not CVE records:"
                                    + " give it with its own option (--kev, --epss, --advisories)");
                        }
                    });
                }
            }
        }
        List<Vulnerability> records = new ArrayList<>(fromNvd.size() + fromCve5.size());
        fromNvd.values().forEach(v -> records.add(CveSources.merge(v, fromCve5.remove(v.id()))));
        records.addAll(fromCve5.values());
        List<VendorAdvisory> advisories = new ArrayList<>();
        for (Path file : advisoryFiles) {
            read(file, in -> AdvisoryCsvReader.read(file.toString(), in, advisories::add, problems));
        }
        return complete(VulnerabilityIndex.build(records, advisories), advisories, kevFile, epssFile, null, problems);
    }

    /**
     * The data imported into the database from bundles; {@code kevFile} and {@code epssFile}, when given,
     * stand in for the imported KEV and EPSS data.
     */
    static MatchData fromStore(VulnerabilityData data, Path kevFile, Path epssFile) {
        VulnerabilityIndex.Builder index = VulnerabilityIndex.builder();
        Problems problems = new Problems();
        try (ProgressBar bar = new ProgressBar("reading imported data", data.vulnerabilityCount(), "CVEs")) {
            data.forEachVulnerability(v -> { // compiled as they come: the records are not all held at once
                index.add(v);
                bar.step();
            });
        }
        List<VendorAdvisory> advisories = data.advisories();
        return complete(index.build(advisories), advisories, kevFile, epssFile, data, problems);
    }

    /** Keeps the KEV and EPSS entries of the CVEs in the index or an advisory. */
    private static MatchData complete(VulnerabilityIndex index, List<VendorAdvisory> advisories, Path kevFile,
                                      Path epssFile, VulnerabilityData stored, Problems problems) {
        Predicate<String> known = cve -> index.contains(cve) || isAdvised(advisories, cve);
        Map<String, KevEntry> kev = new HashMap<>();
        Consumer<KevEntry> kevSink = e -> {
            if (known.test(e.cve())) {
                kev.put(e.cve(), e);
            }
        };
        if (kevFile != null) {
            boolean csv = DataFiles.contentName(kevFile.getFileName().toString()).endsWith(".csv");
            read(kevFile, in -> {
                if (csv) {
                    KevCsvReader.read(kevFile.toString(), in, kevSink, problems);
                } else {
                    KevJsonReader.read(kevFile.toString(), in, kevSink, problems);
                }
            });
        } else if (stored != null) {
            stored.kev().values().forEach(kevSink);
        }
        Map<String, EpssScore> epss = new HashMap<>();
        Consumer<EpssScore> epssSink = s -> {
            if (known.test(s.cve())) {
                epss.put(s.cve(), s);
            }
        };
        if (epssFile != null) {
            read(epssFile, in -> EpssCsvReader.read(epssFile.toString(), in, epssSink, problems));
        } else if (stored != null) {
            stored.epss().values().forEach(epssSink);
        }
        problems.report();
        return new MatchData(index, kev, epss);
    }

    private static Vulnerability newer(Vulnerability a, Vulnerability b) {
        if (a.lastModified() == null) {
            return b;
        }
        return b.lastModified() != null && b.lastModified().isAfter(a.lastModified()) ? b : a;
    }

    /** The kind of a file given to --nvd: NVD JSON or CVE JSON 5, else what to do. */
    private static DataFileKind kind(Path file) {
        DataFileKind kind;
        try {
            kind = DataFileKind.of(file);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
        if (kind == null) {
            // not recognisable: let the NVD reader say what is wrong with it
            return DataFileKind.NVD_JSON;
        }
        return kind;
    }

    private static boolean isAdvised(List<VendorAdvisory> advisories, String cve) {
        for (VendorAdvisory a : advisories) {
            if (a.cves().contains(cve)) {
                return true;
            }
        }
        return false;
    }

    /** The files of an --nvd argument: the file itself, or every .json, .jsonl (and .gz) file under the directory. */
    static List<Path> nvdFiles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new UserError(root + " does not exist: give --nvd an NVD CVE API 2.0 JSON file (.json or"
                    + " .json.gz), CVE JSON 5 records (.json, .jsonl), or a directory of them");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return name.endsWith(".json") || name.endsWith(".json.gz") || name.endsWith(".jsonl")
                        || name.endsWith(".jsonl.gz");
            }).sorted().toList();
            if (files.isEmpty()) {
                throw new UserError(root + " holds no .json, .json.gz or .jsonl file: give --nvd the NVD data");
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
        try (InputStream in = DataFiles.open(file)) {
            reading.from(in);
        } catch (DataFileException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
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
