package io.camwarden.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@CamWardenTest
class RegistryRulesTest {

    @LocalServerPort
    int port;

    @Test
    void invalidDeviceNamesEveryBadFieldAsProblemDetails() {
        Api.Response r = Api.admin(port).post("/api/v1/devices", Map.of("kind", "toaster", "mac", "xx",
                "addresses", List.of("10.0.0.300"), "ports", List.of(0, 70000), "ownerOrganizationId", 999999999));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field")).contains("kind", "mac", "addresses", "ports",
                "ownerOrganizationId");
        Api.Response wrongType = Api.admin(port).post("/api/v1/devices", "{\"ownerOrganizationId\": \"abc\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("ownerOrganizationId");
    }

    @Test
    void staleVersionsAndDuplicateSerialsConflict() {
        Fixtures fx = new Fixtures(port);
        long owner = fx.organization(Fixtures.unique("Conflict owner"), "OWNER", null);
        long id = fx.device(owner, null, "C-1", "10.1.1.1");
        Api admin = Api.admin(port);
        JsonNode d = admin.get("/api/v1/devices/" + id).json();
        int version = d.get("version").asInt();
        Map<String, Object> change = Map.of("ownerOrganizationId", owner, "serial", "C-1", "firmware", "V5.7.0",
                "version", version);
        assertThat(admin.put("/api/v1/devices/" + id, change).json().get("version").asInt()).isEqualTo(version + 1);
        Api.Response stale = admin.put("/api/v1/devices/" + id, Map.of("ownerOrganizationId", owner, "serial", "C-1",
                "firmware", "V5.8.0", "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("reload it");
        Api.Response dup = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial", "C-1"));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.json().get("detail").asString()).contains("serial C-1 already belongs to device " + id);
    }

    @Test
    void filtersCombineAndCidrCoversIpv4AndIpv6() {
        Fixtures fx = new Fixtures(port);
        long owner = fx.organization(Fixtures.unique("Filter owner"), "OWNER", null);
        String district = "Filter district " + System.nanoTime();
        long site = fx.site(owner, Fixtures.unique("Filter site"), district);
        long system = fx.informationSystem(owner, Fixtures.unique("Filter system"), 4);
        Api admin = Api.admin(port);
        admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial", "F-1", "vendor", "Dahua",
                "model", "IPC-HFW2431S", "addresses", List.of("172.16.5.9"), "siteId", site,
                "informationSystemId", system, "kind", "CAMERA"));
        admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial", "F-2", "vendor", "Dahua",
                "model", "NVR4108HS", "addresses", List.of("2001:db8:5::9"), "kind", "NVR"));
        String base = "/api/v1/devices?organizationId=" + owner;
        assertThat(admin.get(base + "&ip=172.16.0.0/16").json().get("total").asInt()).isEqualTo(1);
        assertThat(admin.get(base + "&ip=2001:db8:5::/48").json().get("items").get(0).get("serial").asString())
                .isEqualTo("F-2");
        assertThat(admin.get(base + "&vendor=dahua&kind=nvr").json().get("total").asInt()).isEqualTo(1);
        assertThat(admin.get(base + "&district=" + district.toUpperCase().replace(' ', '+')).json().get("total").asInt())
                .isEqualTo(1);
        assertThat(admin.get(base + "&securityLevel=4").json().get("total").asInt()).isEqualTo(1);
        assertThat(admin.get(base + "&sort=serial,desc").json().get("items").get(0).get("serial").asString())
                .isEqualTo("F-2");
        Api.Response badIp = admin.get(base + "&ip=172.16.0.1/16");
        assertThat(badIp.json().get("errors").get(0).get("message").asString()).contains("did you mean 172.16.0.0/16");
    }

    @Test
    void informationSystemsGetTheirNextAssessmentFromTheLevel() {
        Fixtures fx = new Fixtures(port);
        long owner = fx.organization(Fixtures.unique("Level owner"), "OWNER", null);
        JsonNode l5 = Api.admin(port).post("/api/v1/information-systems", Map.of("organizationId", owner,
                "name", "Metro CCTV", "securityLevel", 5, "lastAssessmentOn", "2026-01-15")).json();
        assertThat(l5.get("nextAssessmentOn").asString()).isEqualTo("2026-07-15");
        Api.Response bad = Api.admin(port).post("/api/v1/information-systems", Map.of("organizationId", owner,
                "name", "x", "securityLevel", 6, "dossierApprovedOn", LocalDate.now().plusDays(3).toString()));
        assertThat(bad.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("securityLevel", "dossierApprovedOn");
    }

    @Test
    void ownersGrowTheirTreeButCannotEscapeIt() {
        Fixtures fx = new Fixtures(port);
        long root = fx.organization(Fixtures.unique("Tree root"), "OWNER", null);
        long other = fx.organization(Fixtures.unique("Other root"), "OWNER", null);
        Api owner = fx.user("OWNER", root, null);
        Api.Response branch = owner.post("/api/v1/organizations", Map.of("name", "Branch", "kind", "OWNER",
                "parentId", root));
        assertThat(branch.status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/organizations", Map.of("name", "Rogue root", "kind", "OWNER")).status())
                .isEqualTo(403);
        assertThat(owner.post("/api/v1/organizations", Map.of("name", "Police", "kind", "POLICE", "parentId", root))
                .status()).isEqualTo(403);
        assertThat(owner.post("/api/v1/organizations", Map.of("name", "Into other", "kind", "OWNER", "parentId", other))
                .status()).isEqualTo(400);
        assertThat(owner.put("/api/v1/organizations/" + root, Map.of("name", "Tree root", "kind", "OWNER",
                "parentId", other)).status()).isEqualTo(403);
        // a regulator moves a subtree; its devices follow into the new parent's scope
        Api admin = Api.admin(port);
        long dev = fx.device(branch.id(), null, "T-1", "10.3.3.3");
        assertThat(admin.put("/api/v1/organizations/" + branch.id(), Map.of("name", "Branch", "kind", "OWNER",
                "parentId", other)).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/devices/" + dev).status()).isEqualTo(404);
        assertThat(fx.user("OWNER", other, null).get("/api/v1/devices/" + dev).status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/organizations/" + other).status()).isEqualTo(409);
    }

    @Test
    void ispsRegisterDevicesForTheirHouseholdsOnly() {
        Fixtures fx = new Fixtures(port);
        long isp = fx.organization(Fixtures.unique("ISP rules"), "ISP", null);
        Api ispUser = fx.user("ISP", isp, null);
        long household = ispUser.post("/api/v1/organizations", Map.of("name", "Nguyễn household", "kind",
                "SUBSCRIBER", "parentId", isp)).id();
        assertThat(ispUser.post("/api/v1/devices", Map.of("ownerOrganizationId", household, "serial", "HH-1"))
                .status()).isEqualTo(201);
        Api.Response own = ispUser.post("/api/v1/devices", Map.of("ownerOrganizationId", isp, "serial", "ISP-1"));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().get("errors").get(0).get("message").asString()).contains("SUBSCRIBER");
    }
}
