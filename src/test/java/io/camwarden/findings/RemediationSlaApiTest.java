package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.support.MovableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * GOV-05 against the remediation deadlines the regulator sets, with the server's clock moved forward: a finding
 * open past its severity's deadline fails, a finding this assessment closes or whose risk was accepted does not.
 * The deadlines are global, so this class runs on a server of its own and removes them when it is done.
 */
@CamWardenTest
@Import(MovableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemediationSlaApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    CheckFixtures fx;
    long owner;
    long system;

    @BeforeAll
    void registry() {
        fx = new CheckFixtures(port);
        owner = fx.organization("Traffic department", "OWNER", null, "duty@traffic.example");
        system = fx.approvedSystem(owner, 3);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @AfterAll
    void removeTheDeadlines() {
        fx.admin.delete("/api/v1/remediation-slas/MEDIUM");
        assertThat(fx.admin.get("/api/v1/remediation-slas").json().size()).isZero();
    }

    /** A camera without its certificate of quality: INV-03 (Medium) fails. */
    private long cameraWithoutCq() {
        Map<String, Object> body = fx.goodCamera(owner, system);
        body.remove("certificateQuality");
        return fx.device(body);
    }

    @Test
    @Order(1)
    void withoutDeadlinesNothingIsOverdue() {
        Map<String, JsonNode> r = fx.assessDevice(cameraWithoutCq());
        assertThat(outcome(r, "GOV-05")).isEqualTo("NOT_TESTED");
        assertThat(summary(r, "GOV-05")).contains("The regulator has set no remediation deadline");
    }

    @Test
    @Order(2)
    void onlyTheRegulatorSetsDeadlines() {
        Api owners = new Fixtures(port).user("OWNER", owner, null);
        assertThat(owners.put("/api/v1/remediation-slas/MEDIUM", Map.of("days", 10)).status()).isEqualTo(403);
        assertThat(fx.admin.put("/api/v1/remediation-slas/URGENT", Map.of("days", 10)).body())
                .contains("'URGENT' is not Critical, High, Medium or Low");
        assertThat(fx.admin.put("/api/v1/remediation-slas/MEDIUM", Map.of("days", -1)).status()).isEqualTo(400);
        Api.Response ok = fx.admin.put("/api/v1/remediation-slas/medium", Map.of("days", 10));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("severity").asString()).isEqualTo("MEDIUM");
        assertThat(ok.json().get("setBy").asString()).isEqualTo("admin");
    }

    @Test
    @Order(3)
    void aFindingOpenPastItsDeadlineFailsUnlessClosedOrAccepted() {
        long late = cameraWithoutCq();
        long fixedInTime = cameraWithoutCq();
        long accepted = cameraWithoutCq();
        for (long d : new long[] {late, fixedInTime, accepted}) {
            Map<String, JsonNode> first = fx.assessDevice(d);
            assertThat(outcome(first, "INV-03")).isEqualTo("FAIL");
            assertThat(outcome(first, "GOV-05")).isEqualTo("PASS");
        }
        LocalDate opened = LocalDate.now();
        clock.advance(Duration.ofDays(9));
        assertThat(outcome(fx.assessDevice(late), "GOV-05")).as("within 10 days").isEqualTo("PASS");

        clock.advance(Duration.ofDays(2));
        Map<String, JsonNode> r = fx.assessDevice(late);
        assertThat(outcome(r, "GOV-05")).isEqualTo("FAIL");
        assertThat(summary(r, "GOV-05")).contains("Remediation is overdue for 1 finding: INV-03 (MEDIUM, open since "
                + opened + ", due " + opened.plusDays(10) + ", 1 day overdue)");
        assertThat(r.get("GOV-05").get("severity").asString()).isEqualTo("HIGH");

        Map<String, Object> body = fx.goodCamera(owner, system);
        fx.admin.get("/api/v1/devices/" + fixedInTime).json().properties().forEach(e -> {
            if (e.getKey().equals("serial")) {
                body.put("serial", e.getValue().asString());
            }
        });
        fx.update(fixedInTime, body);
        Map<String, JsonNode> fixed = fx.assessDevice(fixedInTime);
        assertThat(outcome(fixed, "INV-03")).isEqualTo("PASS");
        assertThat(outcome(fixed, "GOV-05")).as("the finding this assessment closes is not overdue").isEqualTo("PASS");

        JsonNode finding = fx.admin.get("/api/v1/findings?checkId=INV-03&deviceId=" + accepted).json().get("items").get(0);
        Api.Response accept = fx.admin.post("/api/v1/findings/" + finding.get("id").asLong() + "/accept-risk",
                Map.of("reason", "Certificate requested from the importer, letter 45/CV", "until",
                        LocalDate.now().plusDays(20).toString()));
        assertThat(accept.status()).as(accept.toString()).isEqualTo(200);
        assertThat(outcome(fx.assessDevice(accepted), "GOV-05")).as("an approved exception").isEqualTo("PASS");
    }
}
