package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.facts;
import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * DAT-03 through the registry's decommission step, over real HTTP: NOT_APPLICABLE while the device is in
 * service, FAIL when it left without a wipe (and every other check NOT_APPLICABLE), PASS once the wipe and its
 * evidence are recorded; validation, scope and read-only roles.
 */
@CamWardenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecommissionApiTest {

    @LocalServerPort
    int port;
    CheckFixtures fx;
    long owner;
    long system;
    Api ownerApi;
    Api otherOwner;
    Api inspector;

    @BeforeAll
    void registry() {
        fx = new CheckFixtures(port);
        owner = fx.organization("Market board", "OWNER", null, "it@market.example");
        system = fx.approvedSystem(owner, 2);
        Fixtures f = new Fixtures(port);
        ownerApi = f.user("OWNER", owner, null);
        otherOwner = f.user("OWNER", fx.organization("Another board", "OWNER", null, null), null);
        inspector = f.user("INSPECTOR", null, null);
    }

    private String path(long device) {
        return "/api/v1/devices/" + device + "/decommission";
    }

    @Test
    void aDeviceThatLeftWithoutAWipeFailsUntilTheWipeIsRecorded() {
        Map<String, Object> body = fx.goodCamera(owner, system);
        body.remove("certificateQuality");
        long device = fx.device(body);
        Map<String, JsonNode> inService = fx.assessDevice(device);
        assertThat(outcome(inService, "DAT-03")).isEqualTo("NOT_APPLICABLE");
        assertThat(summary(inService, "DAT-03")).contains("The device is in service");
        assertThat(outcome(inService, "INV-03")).isEqualTo("FAIL");
        assertThat(ownerApi.get(path(device)).status()).as("no record while in service").isEqualTo(404);

        Api.Response left = ownerApi.post(path(device), Map.of("disposition", "transferred", "wipeMethod", "NOT_WIPED",
                "recipient", "Ward 7 People's Committee"));
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.json().get("decommissionedBy").asString()).startsWith("owner");
        Map<String, JsonNode> r = fx.assessDevice(device);
        assertThat(outcome(r, "DAT-03")).isEqualTo("FAIL");
        assertThat(summary(r, "DAT-03")).contains("left service (TRANSFERRED) without a secure wipe");
        assertThat(facts(r, "DAT-03")).contains("decommission.wipe_method=NOT_WIPED",
                "decommission.recipient=Ward 7 People's Committee");
        assertThat(outcome(r, "INV-03")).as("out of service: only how it left is decided").isEqualTo("NOT_APPLICABLE");
        assertThat(summary(r, "INV-03")).contains("was decommissioned on " + LocalDate.now() + " (TRANSFERRED)");
        assertThat(outcome(r, "NET-01")).isEqualTo("NOT_APPLICABLE");

        Api.Response wiped = fx.admin.post(path(device), Map.of("disposition", "TRANSFERRED", "wipeMethod",
                "factory_reset", "wipedOn", LocalDate.now().toString(), "wipeEvidence", "Wipe report WR-2026-118",
                "credentialsRevoked", true, "recipient", "Ward 7 People's Committee"));
        assertThat(wiped.status()).as(wiped.toString()).isEqualTo(200);
        assertThat(wiped.json().get("decommissionedBy").asString()).as("kept").startsWith("owner");
        assertThat(wiped.json().get("updatedBy").asString()).isEqualTo("admin");
        Map<String, JsonNode> again = fx.assessDevice(device);
        assertThat(outcome(again, "DAT-03")).isEqualTo("PASS");
        assertThat(summary(again, "DAT-03")).contains("was wiped (factory reset, " + LocalDate.now() + ")",
                "Wipe report WR-2026-118");
        JsonNode findings = fx.admin.get("/api/v1/findings?checkId=DAT-03&deviceId=" + device).json();
        assertThat(findings.get("items").get(0).get("status").asString()).isEqualTo("CLOSED");
        assertThat(fx.admin.get("/api/v1/devices/" + device + "/history").body()).contains("decommission");
    }

    @Test
    void aWipeNeedsItsDateAndEvidence() {
        long device = fx.device(fx.goodCamera(owner, system));
        Api.Response bad = ownerApi.post(path(device), Map.of("disposition", "sold", "wipeMethod", "SECURE_ERASE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactly("disposition", "wipedOn", "wipeEvidence");
        assertThat(bad.body()).contains("'sold' is not one of RETIRED, TRANSFERRED, RETURNED_TO_VENDOR, DESTROYED");
        assertThat(ownerApi.get(path(device)).status()).as("nothing stored").isEqualTo(404);
        Api.Response future = ownerApi.post(path(device), Map.of("disposition", "RETIRED", "wipeMethod", "SECURE_ERASE",
                "wipedOn", LocalDate.now().plusDays(3).toString(), "wipeEvidence", "x"));
        assertThat(future.body()).contains("is in the future");
    }

    @Test
    void onlyWritersOfTheDeviceDecommissionIt() {
        long device = fx.device(fx.goodCamera(owner, system));
        Map<String, Object> retire = Map.of("disposition", "RETIRED", "wipeMethod", "STORAGE_DESTROYED",
                "wipedOn", LocalDate.now().toString(), "wipeEvidence", "Destruction certificate DC-9");
        assertThat(otherOwner.post(path(device), retire).status()).isEqualTo(404);
        assertThat(inspector.post(path(device), retire).status()).isEqualTo(403);
        assertThat(ownerApi.post(path(device), retire).status()).isEqualTo(200);
        assertThat(inspector.get(path(device)).json().get("wipeMethod").asString()).isEqualTo("STORAGE_DESTROYED");
        assertThat(otherOwner.get(path(device)).status()).isEqualTo(404);
        assertThat(outcome(fx.assessDevice(device), "DAT-03")).isEqualTo("PASS");
    }
}
