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
}
