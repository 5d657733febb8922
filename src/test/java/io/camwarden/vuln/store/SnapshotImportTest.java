package io.camwarden.vuln.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.Caller;
import io.camwarden.support.CamWardenTest;
import io.camwarden.vuln.bundle.BundleImportResult;
import io.camwarden.vuln.bundle.BundleImportService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Snapshot sources replace their stored list, increments never remove: the real KEV catalog, then a newer one
 * without CVE-2021-33044, then the old one again (skipped, no roll-back), beside the real NVD feed that stays.
 */
@CamWardenTest
@TestPropertySource(properties = "camwarden.test.isolation=vuln-snapshots")
@RecordApplicationEvents
class SnapshotImportTest {

    private static final String GONE = "CVE-2021-33044";

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

    private BundleImportResult importBundle(Publisher publisher, Path bundle) throws IOException {
        try (InputStream in = Files.newInputStream(bundle)) {
            return bundles.importBundle(Caller.system("test"), in, publisher.trust(), bundle.toString());
        }
    }

    @Test
    void aNewerKevCatalogRemovesWhatItNoLongerListsAndAnOlderOneIsSkipped() throws IOException {
        Publisher publisher = new Publisher(tmp.resolve("publisher"));
        Path first = publisher.content();
        Publisher.put(first, "nvd/nvdcve-2.0-cameras.json", Publisher.NVD);
        Publisher.put(first, "kev/known_exploited_vulnerabilities.json", Publisher.KEV);
        importBundle(publisher, publisher.bundle(first));
        assertThat(data.kev()).containsKey(GONE).hasSize(1404);

        events.clear();
        Path newer = publisher.content();
        Publisher.write(newer, "kev/known_exploited_vulnerabilities.json", Snapshots.kevCatalog("2025.08.26", GONE));
        BundleImportResult r = importBundle(publisher, publisher.bundle(newer));
        assertThat(r.content()).containsExactly("1403 KEV entries (1403 unchanged, 1 removed: no longer listed)");
        assertThat(data.kev()).doesNotContainKey(GONE).hasSize(1403);
        assertThat(data.lastChanged()).contains(r.bundle().importedAt());
        assertThat(events.stream(VulnerabilityDataChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.cves()).containsExactly(GONE);
            assertThat(e.keys()).isEmpty();
        });
        // NVD files are increments: the feed's records stay although this bundle has none of them
        assertThat(data.vulnerabilityCount()).isEqualTo(691);

        // the old catalog, bundled again later, does not roll the catalog back
        events.clear();
        Path old = publisher.content();
        Publisher.put(old, "kev/known_exploited_vulnerabilities.json", Publisher.KEV);
        BundleImportResult skipped = importBundle(publisher, publisher.bundle(old));
        assertThat(skipped.content()).containsExactly("KEV catalog 2025.08.25 is older than the stored 2025.08.26"
                + " (bundle #" + r.bundle().id() + "): not imported, the stored one stays");
        assertThat(data.kev()).doesNotContainKey(GONE).hasSize(1403);
        assertThat(events.stream(VulnerabilityDataChanged.class)).isEmpty();

        // one NVD record again: an increment, nothing removed
        Path one = publisher.content();
        Publisher.put(one, "nvd/nvdcve-2.0-cameras.json", Publisher.NVD);
        assertThat(importBundle(publisher, publisher.bundle(one)).content())
                .containsExactly("691 CVE records (691 unchanged)");
        assertThat(data.vulnerabilityCount()).isEqualTo(691);
    }

    @Test
    void epssAndAdvisoriesAreSnapshotsAndAdvisoriesAreWholePerPublisher() throws IOException {
        Publisher a = new Publisher(tmp.resolve("a"));
        Publisher b = new Publisher(tmp.resolve("b"));
        java.util.Set<String> three = java.util.Set.of("CVE-2021-33044", "CVE-2017-7921", "CVE-2021-36260");
        Path day1 = a.content();
        Publisher.write(day1, "epss/epss.csv", Snapshots.epss("2026-08-16", three));
        Publisher.write(day1, "advisories/a.csv", HEADER + ROW_X + ROW_Y);
        importBundle(a, a.bundle(day1));
        Path other = b.content();
        Publisher.write(other, "advisories/b.csv", HEADER + ROW_Z);
        importBundle(b, b.bundle(other));
        assertThat(data.epss()).containsOnlyKeys(three);
        assertThat(data.advisories()).extracting(x -> x.id()).containsExactlyInAnyOrder("X-1", "Y-1", "Z-1");

        Path day2 = a.content();
        Publisher.write(day2, "epss/epss.csv", Snapshots.epss("2026-08-17", java.util.Set.of("CVE-2017-7921",
                "CVE-2021-36260")));
        Publisher.write(day2, "advisories/a.csv", HEADER + ROW_X);
        BundleImportResult r = importBundle(a, a.bundle(day2));
        assertThat(r.content().getFirst()).contains("1 removed: no longer listed");
        assertThat(data.epss()).containsOnlyKeys("CVE-2017-7921", "CVE-2021-36260");
        // Y-1 was withdrawn by its publisher; Z-1 is another publisher's and stays
        assertThat(data.advisories()).extracting(x -> x.id()).containsExactlyInAnyOrder("X-1", "Z-1");

        // day 1 again, bundled later: older by score date and by creation time, skipped whole
        Path late = a.content();
        Publisher.write(late, "epss/epss.csv", Snapshots.epss("2026-08-16", three));
        BundleImportResult skipped = importBundle(a, a.bundle(late));
        assertThat(skipped.content().getFirst()).contains("EPSS score set 2026-08-16 is older than the stored"
                + " 2026-08-17");
        assertThat(data.epss()).containsOnlyKeys("CVE-2017-7921", "CVE-2021-36260");
        Path oldList = a.content();
        Publisher.write(oldList, "advisories/a.csv", HEADER + ROW_X + ROW_Y);
        BundleImportResult oldAdvisories = importBundle(a, a.bundle(oldList, java.time.Instant.now()
                .minusSeconds(86_400)));
        assertThat(oldAdvisories.content().getFirst()).contains("advisory list of a bundle made")
                .contains("not imported, the stored one stays");
        assertThat(data.advisories()).extracting(x -> x.id()).containsExactlyInAnyOrder("X-1", "Z-1");
    }

    private static final String HEADER = "advisory,vendor,model_pattern,cves,affected_from,fixed_in,reference,published\n";
    private static final String ROW_X = "X-1,Hikvision,DS-2CD2*,CVE-2021-36260,,V5.5.800 build 210628,https://example.invalid/x,2021-09-18\n";
    private static final String ROW_Y = "Y-1,Dahua,IPC-HFW*,CVE-2021-33044,,2.800.0000000.16.R,https://example.invalid/y,2021-09-06\n";
    private static final String ROW_Z = "Z-1,Axis,P1344,CVE-2018-10660,,6.50.1.2,https://example.invalid/z,2018-06-18\n";
}
