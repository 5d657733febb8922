package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.facts;
import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.support.MovableClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * FW-01 over real HTTP: the firmware register the regulator keeps, the builds other devices of a model run, and
 * the 30-day window after a security release. The register is global, so this class runs on a server of its own
 * and empties the register when done; its model name is unique, so no other test's devices are its fleet.
 */
@CamWardenTest
@Import(MovableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirmwareRegisterApiTest {

    @LocalServerPort
    int port;
    CheckFixtures fx;
    long owner;
    long system;
    final String model = Fixtures.unique("DS-2CD").replace(' ', '-');
    final List<Long> entries = new ArrayList<>();
    long older;
    long newer;

    @BeforeAll
    void registry() {
        fx = new CheckFixtures(port);
        owner = fx.organization("Ward 7 people's committee", "OWNER", null, "it@ward7.example");
        system = fx.approvedSystem(owner, 3);
    }

    @AfterAll
    void emptyTheRegister() {
        entries.forEach(id -> fx.admin.delete("/api/v1/firmware-register/" + id));
        assertThat(fx.admin.get("/api/v1/firmware-register").json().size()).isZero();
    }

    private long camera(String vendor, String firmware) {
        Map<String, Object> body = fx.goodCamera(owner, system);
        body.put("vendor", vendor);
        body.put("model", model);
        body.put("firmware", firmware);
        return fx.device(body);
    }

    private long release(String version, LocalDate releasedOn, boolean security) {
        Map<String, Object> body = new HashMap<>(Map.of("vendor", "Hikvision", "modelPattern", "ds2cd*",
                "version", version, "security", security, "reference", "HSRC-" + version, "source",
                "Vendor release notes, read 2026-12-01"));
        if (releasedOn != null) {
            body.put("releasedOn", releasedOn.toString());
        }
        Api.Response r = fx.admin.post("/api/v1/firmware-register", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        entries.add(r.id());
        return r.id();
    }

    @Test
    @Order(1)
    void unknownFirmwareFailsAndAModelNobodyKnowsIsNotDecided() {
        Map<String, JsonNode> unknown = fx.assessDevice(camera("Hikvision", null));
        assertThat(outcome(unknown, "FW-01")).isEqualTo("FAIL");
        assertThat(summary(unknown, "FW-01")).contains("firmware version is unknown");

        older = camera("Hikvision", "V5.4.5 build 170124");
        Map<String, JsonNode> alone = fx.assessDevice(older);
        assertThat(outcome(alone, "FW-01")).isEqualTo("NOT_TESTED");
        assertThat(summary(alone, "FW-01")).contains("No release of Hikvision " + model + " is known")
                .contains("/api/v1/firmware-register");
    }

    @Test
    @Order(2)
    void aNewerBuildInTheFleetFailsTheOlderDeviceWhateverTheVendorsSpelling() {
        newer = camera("HIKVISION", "V5.5.0 build 180101");
        Map<String, JsonNode> old = fx.assessDevice(older);
        assertThat(outcome(old, "FW-01")).as(old.get("FW-01").toString()).isEqualTo("FAIL");
        assertThat(summary(old, "FW-01")).contains("V5.4.5 build 170124 is behind")
                .contains("V5.5.0 build 180101, already running on device " + newer);
        Map<String, JsonNode> current = fx.assessDevice(newer);
        assertThat(outcome(current, "FW-01")).isEqualTo("PASS");
        assertThat(summary(current, "FW-01")).contains("is the newest release known");
    }

    @Test
    @Order(3)
    void onlyTheRegulatorKeepsTheRegisterAndVersionsMustBeOrderable() {
        Api owners = new Fixtures(port).user("OWNER", owner, null);
        assertThat(owners.post("/api/v1/firmware-register", Map.of("vendor", "Hikvision", "modelPattern", "x",
                "version", "1.0", "source", "s")).status()).isEqualTo(403);
        assertThat(owners.get("/api/v1/firmware-register").status()).as("everyone may read it").isEqualTo(200);
        Api.Response bad = fx.admin.post("/api/v1/firmware-register", Map.of("vendor", "Hikvision",
                "version", "latest", "releasedOn", LocalDate.now().plusDays(9).toString()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactly("modelPattern", "version", "releasedOn", "source");
        assertThat(bad.body()).contains("'latest' cannot be put in order");
    }

    @Test
    @Order(4)
    void aSecurityReleaseGivesThirtyDaysThenFails() {
        long id = release("V5.6.0 build 190301", LocalDate.now().minusDays(10), true);
        Map<String, JsonNode> inWindow = fx.assessDevice(newer);
        assertThat(outcome(inWindow, "FW-01")).isEqualTo("PASS");
        assertThat(summary(inWindow, "FW-01")).contains("inside the 30-day update window of V5.6.0 build 190301")
                .contains("due by " + LocalDate.now().plusDays(20));
        assertThat(facts(inWindow, "FW-01")).anyMatch(f -> f.startsWith("release=V5.6.0 build 190301")
                && f.endsWith("device is less"));

        Api.Response twice = fx.admin.post("/api/v1/firmware-register", Map.of("vendor", "Hikvision",
                "modelPattern", "ds2cd*", "version", "V5.6.0 build 190301", "source", "again"));
        assertThat(twice.status()).isEqualTo(409);

        Map<String, Object> late = new HashMap<>(Map.of("vendor", "Hikvision", "modelPattern", "DS-2CD*",
                "version", "V5.6.0 build 190301", "security", true, "releasedOn",
                LocalDate.now().minusDays(45).toString(), "source", "Vendor release notes"));
        assertThat(fx.admin.put("/api/v1/firmware-register/" + id, late).status()).isEqualTo(200);
        Map<String, JsonNode> overdue = fx.assessDevice(newer);
        assertThat(outcome(overdue, "FW-01")).isEqualTo("FAIL");
        assertThat(summary(overdue, "FW-01")).contains("a security release out 45 days");
    }

    @Test
    @Order(5)
    void aNewerReleaseWithoutFixesIsReportedButDoesNotFail() {
        long upToDate = camera("Hikvision", "V5.6.0 build 190301");
        release("V5.7.0 build 200101", LocalDate.now().minusDays(90), false);
        Map<String, JsonNode> r = fx.assessDevice(upToDate);
        assertThat(outcome(r, "FW-01")).as(r.get("FW-01").toString()).isEqualTo("PASS");
        assertThat(summary(r, "FW-01")).contains("Newer releases without security fixes: V5.7.0 build 200101");
    }

    @Test
    @Order(6)
    void versionsThatCannotBeOrderedAreNotGuessed() {
        // "V5.7.0" without a build against the register's "V5.7.0 build 200101": which is newer is not known
        long noBuild = camera("Hikvision", "V5.7.0");
        Map<String, JsonNode> r = fx.assessDevice(noBuild);
        assertThat(outcome(r, "FW-01")).as(r.get("FW-01").toString()).isEqualTo("NOT_TESTED");
        assertThat(summary(r, "FW-01")).contains("V5.7.0 cannot be put in order against [V5.7.0 build 200101")
                .contains("which may be newer");
    }
}
