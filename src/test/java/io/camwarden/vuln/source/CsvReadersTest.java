package io.camwarden.vuln.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.domain.vuln.KevEntry;
import io.camwarden.domain.vuln.VendorAdvisory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The KEV catalog as CSV and CamWarden advisories. */
class CsvReadersTest {

    static final Path KEV = Path.of(System.getProperty("camwarden.shared", "../shared"), "data", "kev",
            "known_exploited_vulnerabilities.json");

    @TempDir
    Path tmp;

    /** The shared catalog written as CISA's CSV: the CSV reader must give the same entries as the JSON reader. */
    @Test
    void theKevCsvGivesWhatTheJsonGives() throws Exception {
        Map<String, KevEntry> json = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(KEV)) {
            KevJsonReader.read("kev", in, e -> json.put(e.cve(), e), p -> {
                throw new AssertionError(p.toString());
            });
        }
        Path csv = tmp.resolve("known_exploited_vulnerabilities.csv");
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(csv), CSVFormat.RFC4180)) {
            out.printRecord("cveID", "vendorProject", "product", "vulnerabilityName", "dateAdded", "shortDescription",
                    "requiredAction", "dueDate", "knownRansomwareCampaignUse", "notes", "cwes");
            for (KevEntry e : json.values()) {
                out.printRecord(e.cve(), e.vendorProject(), e.product(), e.name(), e.dateAdded(), "a description",
                        e.requiredAction(), e.dueDate(), e.knownRansomwareUse() ? "Known" : "Unknown", e.notes(), "");
            }
            out.printRecord("CVE-2024-BAD", "Acme", "Cam", "x", "2024-01-01", "", "", "", "", "", "");
            out.printRecord("CVE-2024-0002", "Acme", "Cam", "x", "1 January", "", "", "", "", "", "");
        }
        List<KevEntry> got = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        try (InputStream in = DataFiles.open(csv)) {
            var counts = KevCsvReader.read("kev.csv", in, got::add, problems::add);
            assertThat(counts.read()).isEqualTo(json.size());
        }
        // CSV cells are trimmed, and an empty one is no value
        assertThat(got).containsExactlyElementsOf(json.values().stream().map(e -> new KevEntry(e.cve(),
                cell(e.vendorProject()), cell(e.product()), cell(e.name()), e.dateAdded(), e.dueDate(),
                cell(e.requiredAction()), e.knownRansomwareUse(), cell(e.notes()))).toList());
        assertThat(problems).extracting(RecordProblem::recordId).containsExactly("CVE-2024-BAD", "CVE-2024-0002");
        assertThat(DataFileKind.of(csv)).isEqualTo(DataFileKind.KEV_CSV);
    }

    private static String cell(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Test
    void advisoriesAreReadRowByRowAndBadRowsNamed() {
        String csv = """
                # CamWarden advisories
                advisory,vendor,model_pattern,cves,affected_from,fixed_in,reference,published
                HSRC-2017-01,Hikvision,DS-2CD2*,CVE-2017-7921;CVE-2017-7923,,V5.4.5 build 170124,https://example.invalid/a,2017-09-23
                HSRC-2017-01,Hikvision,DS-2CD4*,CVE-2017-7921 CVE-2017-7921,V5.2.0,V5.4.5,,
                BAD-1,Hikvision,DS-2CD2*,CVE-17-1,,,,
                BAD-2,,DS-2CD2*,CVE-2017-7921,,,,
                BAD-3,Dahua,IPC-*,CVE-2021-33044,,,,23/09/2017
                BAD-4,Dahua
                BAD-5,Dahua,%s,CVE-2021-33044,,,,
                """.formatted("IPC-" + "X".repeat(200));
        List<VendorAdvisory> got = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        var counts = AdvisoryCsvReader.read("adv.csv", Cve5JsonReaderTest.in(csv), got::add, problems::add);
        assertThat(counts.read()).isEqualTo(2);
        assertThat(got).containsExactly(
                new VendorAdvisory("HSRC-2017-01", "Hikvision", "DS-2CD2*", List.of("CVE-2017-7921", "CVE-2017-7923"),
                        null, "V5.4.5 build 170124", "https://example.invalid/a", LocalDate.parse("2017-09-23")),
                new VendorAdvisory("HSRC-2017-01", "Hikvision", "DS-2CD4*", List.of("CVE-2017-7921"), "V5.2.0",
                        "V5.4.5", null, null));
        assertThat(problems).extracting(RecordProblem::recordId).containsExactly("BAD-1", "BAD-2", "BAD-3", "BAD-4",
                "BAD-5");
        assertThat(problems.get(0).reason()).contains("'CVE-17-1' in cves is not a CVE id");
        assertThat(problems.get(1).reason()).contains("vendor is empty");
        assertThat(problems.get(2).reason()).contains("not a date");
        assertThat(problems.get(4).reason()).contains("model_pattern is longer than 200 characters");
    }

    @Test
    void aCsvThatIsNoAdvisoryListIsRefused() {
        assertThatThrownBy(() -> AdvisoryCsvReader.read("x.csv", Cve5JsonReaderTest.in("cve,epss\n"), a -> { },
                p -> { })).isInstanceOf(DataFileException.class).hasMessageContaining("advisory,vendor,model_pattern");
        assertThatThrownBy(() -> AdvisoryCsvReader.read("x.csv", Cve5JsonReaderTest.in(
                "advisory,vendor,model_pattern,cves\nA,B,C,\"CVE-2020-0001\n"), a -> { }, p -> { }))
                .isInstanceOf(DataFileException.class).hasMessageContaining("not well-formed CSV");
    }
}
