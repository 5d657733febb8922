package io.camwarden.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The regulator keeps the warned-vendor lists: the shipped entries are there from the first start, a new
 * entry (with authority, instrument and source) makes the next assessment fail INV-05 for the vendor and its
 * brands, and retiring it closes the finding at the next assessment. Runs against its own database.
 */
@CamWardenTest
@TestPropertySource(properties = "camwarden.test.isolation=rules")
class WarnedVendorApiTest {

    @LocalServerPort
    int port;

    @Test
    void theShippedListIsThereWithItsSources() {
        JsonNode list = Api.admin(port).get("/api/v1/warned-vendors").json();
        assertThat(list).extracting(w -> w.get("vendor").asString()).contains("Dahua Technology",
                "Hangzhou Hikvision Digital Technology");
        for (JsonNode w : list) {
            if (w.get("addedBy").asString().startsWith("camwarden")) {
                assertThat(w.get("authority").asString()).isEqualTo("US Congress; FCC");
                assertThat(w.get("source").asString()).startsWith("fcc.gov").doesNotStartWith("as above");
                assertThat(w.get("instrument").asString()).contains("§889");
            }
        }
    }

    @Test
    void anAddedEntryFailsItsBrandsAndRetiringItClosesTheFinding() {
        Api admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        long org = fx.organization(Fixtures.unique("Shop"), "OWNER", null);
        Api owner = fx.user("OWNER", org, null);
        Api regulator = fx.user("REGULATOR", null, null);
        String vendor = Fixtures.unique("Acme Vision").replace(' ', '_');
        Map<String, Object> entry = new HashMap<>(Map.of("vendor", vendor, "brands", List.of("Roadrunner Cam (verify)"),
                "authority", "MPS A05", "instrument", "Official letter 123/A05-P4", "source",
                "letter of 2026-05-02, copy in dossier 17", "minLevel", 1));

        assertThat(owner.post("/api/v1/warned-vendors", entry).status()).isEqualTo(403);
        Api.Response incomplete = regulator.post("/api/v1/warned-vendors", Map.of("vendor", vendor, "minLevel", 9,
                "brands", List.of("other relabels")));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("authority", "instrument", "source", "minLevel", "brands[0]");

        Api.Response added = regulator.post("/api/v1/warned-vendors", entry);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long id = added.id();
        assertThat(added.json().get("brands").get(0).get("name").asString()).isEqualTo("Roadrunner Cam");
        assertThat(added.json().get("brands").get(0).get("remark").asString()).isEqualTo("verify");

        long device = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", org, "serial",
                Fixtures.unique("WV").replace(' ', '-'), "vendor", "ROADRUNNER CAM")).id();
        JsonNode result = inv05(admin, device);
        assertThat(result.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(result.get("evidence").get("summary").asString()).contains("a related brand of " + vendor)
                .contains("(the list says: verify)").contains("listed by MPS A05 under Official letter 123/A05-P4");
        assertThat(result.get("evidence").get("facts").toString()).contains("warned-vendor entry " + id
                + " (source: letter of 2026-05-02, copy in dossier 17)");

        assertThat(regulator.post("/api/v1/warned-vendors/" + id + "/retire", Map.of("reason", " ")).status())
                .isEqualTo(400);
        Api.Response retired = regulator.post("/api/v1/warned-vendors/" + id + "/retire",
                Map.of("reason", "Withdrawn by letter 130/A05"));
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().get("retiredReason").asString()).isEqualTo("Withdrawn by letter 130/A05");
        assertThat(regulator.post("/api/v1/warned-vendors/" + id + "/retire", Map.of("reason", "again")).status())
                .isEqualTo(409);
        assertThat(admin.get("/api/v1/warned-vendors").json()).noneMatch(w -> w.get("id").asLong() == id);
        assertThat(admin.get("/api/v1/warned-vendors?includeRetired=true").json()).anyMatch(w -> w.get("id").asLong() == id);

        assertThat(inv05(admin, device).get("outcome").asString()).isEqualTo("PASS");
        JsonNode finding = admin.get("/api/v1/findings?deviceId=" + device + "&checkId=INV-05").json().get("items").get(0);
        assertThat(finding.get("status").asString()).isEqualTo("CLOSED");
        for (String action : List.of("warned_vendor.add", "warned_vendor.retire")) {
            assertThat(admin.get("/api/v1/audit-log?action=" + action + "&targetId=" + id).json().get("total").asInt())
                    .as(action).isEqualTo(1);
        }
    }

    private static JsonNode inv05(Api admin, long device) {
        Api.Response run = admin.post("/api/v1/assessments", Map.of("deviceId", device));
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        JsonNode items = admin.get("/api/v1/assessments/" + run.id() + "/results?size=100").json().get("items");
        for (JsonNode r : items) {
            if (r.get("checkId").asString().equals("INV-05")) {
                return r;
            }
        }
        throw new AssertionError("no INV-05 result in " + items);
    }
}
