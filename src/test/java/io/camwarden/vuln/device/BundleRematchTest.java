package io.camwarden.vuln.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.Caller;
import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.vuln.bundle.BundleImportService;
import io.camwarden.vuln.store.Publisher;
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
 * End to end with the real store: signed bundles of the shared NVD and KEV data imported through
 * {@link BundleImportService}, and the devices' lists following. The first bundle (NVD) makes the devices'
 * CVEs appear; the second (KEV only) re-matches just the devices holding one of its CVEs.
 */
@CamWardenTest
@TestPropertySource(properties = "camwarden.test.isolation=device-vulns-bundles") // empty store at the start
class BundleRematchTest {

    @LocalServerPort
    int port;
    @Autowired
    BundleImportService bundles;
    @Autowired
    RematchQueue queue;
    @TempDir
    Path tmp;

    @Test
    void importedBundlesChangeTheListsOfTheDevicesTheyReach() throws IOException {
        Api admin = Api.admin(port);
        long owner = new Fixtures(port).organization(Fixtures.unique("Bundle owner"), "OWNER", null);
        long hikvision = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("BR-H").replace(' ', '-'), "vendor", "Hikvision", "model", "DS-2CD2432F-IW",
                "firmware", "V5.4.0 build 160401")).id();
        long dahua = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("BR-D").replace(' ', '-'), "vendor", "Dahua", "model", "TPC-BF1241",
                "firmware", "2.630.0000000.5.R")).id();
        await(() -> queue.size() == 0, "the new devices matched");
        assertThat(list(admin, hikvision).get("total").asInt()).as("no data imported yet").isZero();

        Publisher publisher = new Publisher(tmp.resolve("publisher"));
        Path nvd = publisher.content();
        Publisher.put(nvd, "nvd/nvdcve-2.0-cameras.json", Publisher.NVD);
        importBundle(publisher, publisher.bundle(nvd));

        JsonNode hik = entry(admin, hikvision, "CVE-2017-14953", e -> e.get("result").asString().equals("AFFECTED"));
        JsonNode dah = entry(admin, dahua, "CVE-2021-33044", e -> e.get("result").asString().equals("AFFECTED"));
        assertThat(dah.get("kev").isNull()).as("no KEV imported yet").isTrue();
        assertThat(admin.get("/api/v1/vulnerabilities/CVE-2021-33044").json().get("description").asString())
                .isNotBlank();

        Path kev = publisher.content();
        Publisher.put(kev, "kev/known_exploited_vulnerabilities.json", Publisher.KEV);
        Publisher.put(kev, "kev/LICENSE", Publisher.KEV_LICENSE);
        importBundle(publisher, publisher.bundle(kev));

        JsonNode exploited = entry(admin, dahua, "CVE-2021-33044", e -> !e.get("kev").isNull());
        assertThat(exploited.get("priority").asInt()).isGreaterThan(dah.get("priority").asInt());
        assertThat(exploited.get("firstSeen").asString()).isEqualTo(dah.get("firstSeen").asString());
        await(() -> queue.size() == 0, "the KEV bundle's devices matched");
        // CVE-2017-14953 is not in KEV, and no other CVE of the Hikvision device is: it was not matched again
        JsonNode hikAfter = entry(admin, hikvision, "CVE-2017-14953", e -> true);
        assertThat(hikAfter.get("kev").isNull()).isTrue();
        boolean hikvisionHoldsKev = false;
        for (JsonNode e : list(admin, hikvision).get("items")) {
            hikvisionHoldsKev |= !e.get("kev").isNull();
        }
        if (!hikvisionHoldsKev) {
            assertThat(hikAfter.get("matchedAt").asString()).isEqualTo(hik.get("matchedAt").asString());
        }
    }

    private void importBundle(Publisher publisher, Path bundle) throws IOException {
        try (InputStream in = Files.newInputStream(bundle)) {
            bundles.importBundle(Caller.system("test"), in, publisher.trust(), bundle.toString());
        }
    }

    private static JsonNode list(Api admin, long device) {
        return admin.get("/api/v1/devices/" + device + "/vulnerabilities?size=1000").json();
    }

    private static JsonNode entry(Api admin, long device, String cve, Predicate<JsonNode> until) {
        JsonNode[] found = {null};
        await(() -> {
            for (JsonNode e : list(admin, device).get("items")) {
                if (e.get("cve").asString().equals(cve) && until.test(e)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        }, "device " + device + " holds " + cve + " as expected");
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
