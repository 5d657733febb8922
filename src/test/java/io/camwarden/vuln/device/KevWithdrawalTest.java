package io.camwarden.vuln.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.Caller;
import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.vuln.bundle.BundleImportService;
import io.camwarden.vuln.store.Publisher;
import io.camwarden.vuln.store.Snapshots;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A CVE that leaves the KEV catalog loses its KEV flag on the devices holding it: the real NVD feed and KEV
 * catalog, then a newer catalog without CVE-2021-33044, then the old catalog again, which changes nothing.
 */
@CamWardenTest
@TestPropertySource(properties = "camwarden.test.isolation=device-kev-withdrawal")
class KevWithdrawalTest {

    private static final String CVE = "CVE-2021-33044";

    @LocalServerPort
    int port;
    @Autowired
    BundleImportService bundles;
    @Autowired
    RematchQueue queue;
    @TempDir
    Path tmp;

    @Test
    void aCveThatLeftTheCatalogIsNoLongerKevOnTheDevice() throws IOException {
        Api admin = Api.admin(port);
        long owner = new Fixtures(port).organization(Fixtures.unique("KEV owner"), "OWNER", null);
        long dahua = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("KW-D").replace(' ', '-'), "vendor", "Dahua", "model", "TPC-BF1241",
                "firmware", "2.630.0000000.5.R")).id();

        Publisher publisher = new Publisher(tmp.resolve("publisher"));
        Path first = publisher.content();
        Publisher.put(first, "nvd/nvdcve-2.0-cameras.json", Publisher.NVD);
        Publisher.put(first, "kev/known_exploited_vulnerabilities.json", Publisher.KEV);
        importBundle(publisher, publisher.bundle(first));
        JsonNode exploited = entry(admin, dahua, e -> !e.get("kev").isNull());
        assertThat(exploited.get("result").asString()).isEqualTo("AFFECTED");

        Path newer = publisher.content();
        Publisher.write(newer, "kev/known_exploited_vulnerabilities.json", Snapshots.kevCatalog("2025.08.26", CVE));
        importBundle(publisher, publisher.bundle(newer));
        JsonNode withdrawn = entry(admin, dahua, e -> e.get("kev").isNull());
        assertThat(withdrawn.get("result").asString()).isEqualTo("AFFECTED");
        assertThat(withdrawn.get("priority").asInt()).isLessThan(exploited.get("priority").asInt());
        assertThat(admin.get("/api/v1/vulnerabilities/" + CVE).json().get("kev").isNull()).isTrue();

        // the old catalog again: skipped, the device keeps its list
        Path old = publisher.content();
        Publisher.put(old, "kev/known_exploited_vulnerabilities.json", Publisher.KEV);
        importBundle(publisher, publisher.bundle(old));
        await(() -> queue.size() == 0, "nothing left to match");
        assertThat(entry(admin, dahua, e -> true).get("kev").isNull()).isTrue();
    }

    private void importBundle(Publisher publisher, Path bundle) throws IOException {
        try (InputStream in = Files.newInputStream(bundle)) {
            bundles.importBundle(Caller.system("test"), in, publisher.trust(), bundle.toString());
        }
    }

    private static JsonNode entry(Api admin, long device, Predicate<JsonNode> until) {
        JsonNode[] found = {null};
        await(() -> {
            for (JsonNode e : admin.get("/api/v1/devices/" + device + "/vulnerabilities?size=1000").json()
                    .get("items")) {
                if (e.get("cve").asString().equals(CVE) && until.test(e)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        }, "device " + device + " holds " + CVE + " as expected");
        return found[0];
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
