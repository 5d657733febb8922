package io.camwarden.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The models in a caller's scope over real HTTP: counts per vendor and model (case-insensitive), certification
 * and end of support counted in SQL, decommissioned devices left out, warned lists matched as INV-05 does
 * (the shipped list names Hikvision), and an owner never counting another owner's devices.
 */
@CamWardenTest
class ModelApiTest {

    @LocalServerPort
    int port;

    @Test
    void modelsAreCountedInTheCallersScopeWithTheirCertificationAndWarnings() {
        Api admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        long ownerA = fx.organization(Fixtures.unique("Models owner A"), "OWNER", null);
        long ownerB = fx.organization(Fixtures.unique("Models owner B"), "OWNER", null);
        String model = Fixtures.unique("MDL").replace(' ', '-'); // a model no other test registers
        camera(admin, ownerA, "Hikvision", model, "V5.5.0", true, "2099-01-01");
        camera(admin, ownerA, "HIKVISION", model.toLowerCase(), "V5.7.3", false, "2020-01-01");
        long leaving = camera(admin, ownerA, "Hikvision", model, "V5.5.0", true, "2099-01-01");
        camera(admin, ownerA, "Axis", model + "-AX", "10.12", true, "2099-01-01");
        camera(admin, ownerB, "Hikvision", model, "V5.5.0", true, "2099-01-01");
        assertThat(admin.post("/api/v1/devices/" + leaving + "/decommission", Map.of("disposition", "RETIRED",
                "wipeMethod", "NOT_WIPED")).status()).isEqualTo(200);

        Api owner = fx.user("OWNER", ownerA, null);
        JsonNode rows = owner.get("/api/v1/models?q=" + model + "&sort=model").json();
        assertThat(rows.get("total").asInt()).isEqualTo(2);
        JsonNode hik = row(rows, "Hikvision");
        assertThat(hik.get("devices").asInt()).as("two spellings, one decommissioned left out, B's not seen")
                .isEqualTo(2);
        assertThat(hik.get("withCertificateOrigin").asInt()).isEqualTo(2);
        assertThat(hik.get("withCertificateQuality").asInt()).isEqualTo(1);
        assertThat(hik.get("pastEndOfSupport").asInt()).isEqualTo(1);
        assertThat(hik.get("firmwareVersions").asInt()).isEqualTo(2);
        assertThat(hik.get("warnings").findValuesAsString("authority")).anyMatch(a -> a.contains("FCC"));
        JsonNode axis = row(rows, "Axis");
        assertThat(axis.get("devices").asInt()).isEqualTo(1);
        assertThat(axis.get("warnings")).isEmpty();

        assertThat(admin.get("/api/v1/models?q=" + model + "&vendor=hikvision").json().get("items").get(0)
                .get("devices").asInt()).as("the regulator sees both owners").isEqualTo(3);
        assertThat(fx.user("OWNER", ownerB, null).get("/api/v1/models?q=" + model).json().get("total").asInt())
                .isEqualTo(1);
        Api.Response bad = owner.get("/api/v1/models?sort=price");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown field 'price'");
    }

    private static JsonNode row(JsonNode page, String vendor) {
        for (JsonNode r : page.get("items")) {
            if (r.get("vendor").asString().equalsIgnoreCase(vendor)) {
                return r;
            }
        }
        throw new AssertionError("no row of " + vendor + " in " + page);
    }

    private static long camera(Api admin, long owner, String vendor, String model, String firmware, boolean quality,
                               String endOfSupport) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "CAMERA", "vendor", vendor, "model", model,
                "firmware", firmware, "serial", Fixtures.unique("M").replace(' ', '-'), "ownerOrganizationId", owner,
                "certificateOrigin", "CO-1", "endOfSupport", endOfSupport, "installedOn",
                LocalDate.of(2019, 1, 1).toString()));
        if (quality) {
            body.put("certificateQuality", "CQ-1");
        }
        Api.Response r = admin.post("/api/v1/devices", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }
}
