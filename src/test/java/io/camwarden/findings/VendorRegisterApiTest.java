package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.facts;
import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.support.MovableClock;
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
 * FW-04 against the vendor register the regulator keeps, over real HTTP. The register is global, so this class
 * runs on a server of its own (MovableClock.Config) and empties the register again when it is done.
 */
@CamWardenTest
@Import(MovableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VendorRegisterApiTest {

    @LocalServerPort
    int port;
    CheckFixtures fx;
    long owner;
    final List<Long> entries = new ArrayList<>();

    @BeforeAll
    void registry() {
        fx = new CheckFixtures(port);
        owner = fx.organization("Harbour authority", "OWNER", null, "ops@harbour.example");
    }

    @AfterAll
    void emptyTheRegister() {
        entries.forEach(id -> fx.admin.delete("/api/v1/vendor-register/" + id));
        assertThat(fx.admin.get("/api/v1/vendor-register").json().size()).isZero();
    }

    private long camera(String vendor) {
        Map<String, Object> body = fx.goodCamera(owner, fx.approvedSystem(owner, 3));
        body.put("vendor", vendor);
        return fx.device(body);
    }

    private long add(Map<String, Object> body) {
        Api.Response r = fx.admin.post("/api/v1/vendor-register", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        entries.add(r.id());
        return r.id();
    }

    @Test
    @Order(1)
    void anEmptyRegisterDecidesNothing() {
        Map<String, JsonNode> r = fx.assessDevice(camera("Axis"));
        assertThat(outcome(r, "FW-04")).isEqualTo("NOT_TESTED");
        assertThat(summary(r, "FW-04")).contains("The vendor register is empty").contains("POST /api/v1/vendor-register");
    }

    @Test
    @Order(2)
    void onlyTheRegulatorKeepsTheRegisterAndEveryEntryHasASource() {
        Api owners = new Fixtures(port).user("OWNER", owner, null);
        assertThat(owners.post("/api/v1/vendor-register", Map.of("vendor", "Axis", "source", "x")).status())
                .isEqualTo(403);
        Api.Response bad = fx.admin.post("/api/v1/vendor-register", Map.of("vendor", " "));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactly("vendor", "source");
        assertThat(owners.get("/api/v1/vendor-register").status()).as("everyone may read it").isEqualTo(200);
    }

    @Test
    @Order(3)
    void aVendorWithAllThreePassesWhateverTheSpelling() {
        add(Map.of("vendor", "Hangzhou Hikvision Digital Technology Co., Ltd.", "disclosureChannel",
                "PSIRT page named in the vendor's letter 2026/11", "advisoryFeed", "security advisories page",
                "supportPeriod", "5 years after end of production", "source", "Procurement file PF-2026-031"));
        Map<String, JsonNode> r = fx.assessDevice(camera("HIKVISION"));
        assertThat(outcome(r, "FW-04")).as(r.get("FW-04").toString()).isEqualTo("PASS");
        assertThat(facts(r, "FW-04")).contains("vendor_register.support_period=5 years after end of production");
        Api.Response twice = fx.admin.post("/api/v1/vendor-register", Map.of("vendor", "Hikvision", "source", "y"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("already in the vendor register");
    }

    @Test
    @Order(4)
    void aMissingEntryOrAMissingChannelFails() {
        long bravo = add(Map.of("vendor", "Bravo Cam " + Fixtures.unique("x"), "disclosureChannel", "security@bravo.example",
                "supportPeriod", "3 years", "source", "Vendor letter 2026-04-02"));
        String bravoName = fx.admin.get("/api/v1/vendor-register/" + bravo).json().get("vendor").asString();
        Map<String, JsonNode> r = fx.assessDevice(camera(bravoName));
        assertThat(outcome(r, "FW-04")).isEqualTo("FAIL");
        assertThat(summary(r, "FW-04")).contains("lacks an advisory feed in the vendor register");

        Map<String, JsonNode> unknown = fx.assessDevice(camera("Zulu Optics"));
        assertThat(outcome(unknown, "FW-04")).isEqualTo("FAIL");
        assertThat(summary(unknown, "FW-04")).contains("'Zulu Optics' is not in the vendor register");

        Map<String, Object> fixed = new HashMap<>(Map.of("vendor", bravoName, "disclosureChannel", "security@bravo.example",
                "advisoryFeed", "https://bravo.example/advisories", "supportPeriod", "3 years", "source", "Vendor letter"));
        assertThat(fx.admin.put("/api/v1/vendor-register/" + bravo, fixed).status()).isEqualTo(200);
        assertThat(outcome(fx.assessDevice(camera(bravoName)), "FW-04")).isEqualTo("PASS");
    }
}
