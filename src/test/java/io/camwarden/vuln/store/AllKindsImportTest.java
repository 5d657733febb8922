package io.camwarden.vuln.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.Caller;
import io.camwarden.domain.vuln.EpssScore;
import io.camwarden.domain.vuln.ProductKey;
import io.camwarden.domain.vuln.VendorAdvisory;
import io.camwarden.domain.vuln.Vulnerability;
import io.camwarden.support.CamWardenTest;
import io.camwarden.vuln.bundle.BundleImportResult;
import io.camwarden.vuln.bundle.BundleImportService;
import io.camwarden.vuln.bundle.BundleProgress;
import io.camwarden.vuln.match.CpeVulnerabilityMatcher;
import io.camwarden.vuln.source.Cve5JsonReader;
import io.camwarden.vuln.source.NvdJsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A bundle of every kind CamWarden reads — the shared NVD feed (gzipped), the shared CVE JSON 5 records, the
 * KEV catalog, and EPSS scores and advisories written here — imported and read back through
 * {@link VulnerabilityData}; then a newer EPSS file, of which only changed numbers are news.
 */
@CamWardenTest
@TestPropertySource(properties = "camwarden.test.isolation=vuln-store-kinds")
@RecordApplicationEvents
class AllKindsImportTest {

    @Autowired
    BundleImportService bundles;
    @Autowired
    VulnerabilityData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @TempDir
    Path tmp;

    private static final String EPSS = """
            #model_version:v2025.03.14,score_date:2025-08-16T00:00:00+0000
            cve,epss,percentile
            CVE-2021-33044,0.99871,0.99963
            CVE-2017-7921,0.94400,0.99900
            CVE-2021-36260,0.94385,0.99961
            CVE-20-1,0.1,0.1
            """;
    private static final String ADVISORIES = """
            advisory,vendor,model_pattern,cves,affected_from,fixed_in,reference,published
            HSRC-202109-01,Hikvision,DS-2CD2*,CVE-2021-36260,,V5.5.800 build 210628,https://example.invalid/hsrc,2021-09-18
            HSRC-202109-01,Hikvision,DS-2CD3*,CVE-2021-36260,,V5.5.800 build 210628,https://example.invalid/hsrc,2021-09-18
            """;

    private BundleImportResult importBundle(Publisher publisher, Path bundle) throws IOException {
        try (InputStream in = Files.newInputStream(bundle)) {
            return bundles.importBundle(Caller.system("test"), in, publisher.trust(), bundle.toString());
        }
    }

    @Test
    void everyKindIsStoredAndReadBackAsOne() throws IOException {
        Map<String, Vulnerability> nvd = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(Publisher.NVD)) {
            NvdJsonReader.read("nvd", in, v -> nvd.put(v.id(), v), p -> { });
        }
        Map<String, Vulnerability> cve5 = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(Publisher.CVE5)) {
            Cve5JsonReader.readLines("cve5", in, v -> cve5.put(v.id(), v), p -> { });
        }
        Publisher publisher = new Publisher(tmp.resolve("publisher"));
        Path content = publisher.content();
        Files.createDirectories(content.resolve("nvd"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(content.resolve("nvd/feed.json.gz")))) {
            Files.copy(Publisher.NVD, out);
        }
        Publisher.put(content, "cve5/cve5-cameras.jsonl", Publisher.CVE5);
        Publisher.put(content, "kev/known_exploited_vulnerabilities.json", Publisher.KEV);
        Publisher.write(content, "epss/epss_scores.csv", EPSS);
        Publisher.write(content, "advisories/hikvision.csv", ADVISORIES);

        Path bundle = publisher.bundle(content);
        Map<String, Long> perFile = new LinkedHashMap<>();
        long[] hashed = {0};
        BundleProgress progress = new BundleProgress() {
            @Override
            public void verifying(long bytes) {
                assertThat(bytes).isGreaterThanOrEqualTo(hashed[0]);
                hashed[0] = bytes;
            }

            @Override
            public void importing(String path, long records) {
                assertThat(records).isGreaterThanOrEqualTo(perFile.getOrDefault(path, 0L));
                perFile.put(path, records);
            }
        };
        BundleImportResult r;
        try (InputStream in = Files.newInputStream(bundle)) {
            r = bundles.importBundle(Caller.system("test"), in, publisher.trust(), bundle.toString(), progress);
        }
        long id = r.bundle().id();
        int records = nvd.size() + cve5.size();
        // the progress callback heard, file by file, the very records the summary line counts below
        assertThat(perFile).containsExactly(Map.entry("nvd/feed.json.gz", (long) nvd.size()),
                Map.entry("cve5/cve5-cameras.jsonl", (long) cve5.size()),
                Map.entry("kev/known_exploited_vulnerabilities.json", 1404L),
                Map.entry("epss/epss_scores.csv", 3L), Map.entry("advisories/hikvision.csv", 2L));
        assertThat(hashed[0]).isPositive().isLessThanOrEqualTo(Files.size(bundle));
        assertThat(r.content()).singleElement().asString().isEqualTo(records + " CVE records (" + records
                + " added), 1404 KEV entries (1404 added), 3 EPSS scores (3 added), 2 advisories (2 added);"
                + " 1 record unreadable and skipped, the first: epss/epss_scores.csv: record 6 (CVE-20-1): not"
                + " 'CVE-id,score,percentile' with score and percentile between 0 and 1: 'CVE-20-1,0.1,0.1'");

        Set<String> ids = new HashSet<>(nvd.keySet());
        ids.addAll(cve5.keySet());
        assertThat(data.vulnerabilityCount()).isEqualTo(ids.size());
        long[] seen = {0};
        data.forEachVulnerability(v -> {
            seen[0]++;
            assertThat(ids).contains(v.id());
        });
        assertThat(seen[0]).isEqualTo(ids.size());
        for (String table : List.of("vuln_cve", "vuln_kev", "vuln_epss", "vuln_advisory")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE bundle_id <> :id").param("id", id)
                    .query(Long.class).single()).as(table).isZero();
        }

        // a CVE in both: NVD's analysis with the CVE 5 record's affected list
        String both = nvd.keySet().stream().filter(cve5::containsKey)
                .filter(c -> !nvd.get(c).configurations().isEmpty() && !cve5.get(c).affected().isEmpty())
                .findFirst().orElseThrow();
        Vulnerability merged = data.vulnerability(both).orElseThrow();
        assertThat(merged.configurations()).isEqualTo(nvd.get(both).configurations());
        assertThat(merged.cvss()).isEqualTo(nvd.get(both).cvss());
        assertThat(merged.affected()).isEqualTo(cve5.get(both).affected());
        // a CVE only the CVE 5 records know is read as they give it
        String only5 = cve5.keySet().stream().filter(c -> !nvd.containsKey(c)).findFirst().orElseThrow();
        assertThat(data.vulnerability(only5)).contains(cve5.get(only5));

        assertThat(data.epss()).containsEntry("CVE-2021-33044",
                new EpssScore("CVE-2021-33044", 0.99871, 0.99963, LocalDate.parse("2025-08-16"))).hasSize(3);
        assertThat(data.advisories()).extracting(VendorAdvisory::modelPattern).containsExactly("DS-2CD2*", "DS-2CD3*");
        assertThat(data.kev()).containsKey("CVE-2021-36260").hasSize(1404);

        CpeVulnerabilityMatcher matcher = CpeVulnerabilityMatcher.bundled();
        Set<ProductKey> keys = new HashSet<>();
        nvd.values().forEach(v -> keys.addAll(matcher.keysOf(v)));
        cve5.values().forEach(v -> keys.addAll(matcher.keysOf(v)));
        data.advisories().forEach(a -> keys.addAll(matcher.keysOf(a)));
        assertThat(events.stream(VulnerabilityDataChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.keys()).isEqualTo(keys);
            assertThat(e.cves()).containsAll(ids).contains("CVE-2021-33044", "CVE-2021-36260");
        });

        // a day later: one score moved, two only got a new date
        events.clear();
        Path next = publisher.content();
        Publisher.write(next, "epss.csv", EPSS.replace("2025-08-16", "2025-08-17").replace("0.94400,0.99900",
                "0.95000,0.99920"));
        BundleImportResult later = importBundle(publisher, publisher.bundle(next));
        assertThat(later.content().getFirst()).startsWith("3 EPSS scores (3 updated)");
        assertThat(data.epss().get("CVE-2021-33044").scoreDate()).isEqualTo(LocalDate.parse("2025-08-17"));
        assertThat(events.stream(VulnerabilityDataChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.cves()).containsExactly("CVE-2017-7921");
            assertThat(e.keys()).isEmpty();
            assertThat(e.bundleId()).isEqualTo(later.bundle().id());
        });
    }
}
