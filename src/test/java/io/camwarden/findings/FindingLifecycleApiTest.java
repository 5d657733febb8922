package io.camwarden.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One finding through its life, driven by real registry edits and assessments: opened by a failure, kept
 * open (last seen moves, first seen stays) by the next, closed when the device is fixed, reopened when the
 * problem returns; accepted risk holds it until withdrawn. Every step is in the result history and the
 * audit log.
 */
@CamWardenTest
class FindingLifecycleApiTest {

    @LocalServerPort
    int port;

    @Test
    void openStillOpenClosedReopened() {
        CheckFixtures fx = new CheckFixtures(port);
        long owner = fx.organization("Lifecycle owner", "OWNER", null, "ops@owner.example");
        long system = fx.approvedSystem(owner, 2);
        Map<String, Object> camera = fx.goodCamera(owner, system);
        camera.remove("certificateOrigin");
        long device = fx.device(camera);

        JsonNode first = CheckFixtures.assess(fx.admin, device);
        assertThat(first.get("findings").get("opened").asInt()).isEqualTo(1);
        assertThat(first.get("results").get("fail").asInt()).isEqualTo(1);
        JsonNode opened = finding(fx.admin, device, "INV-03");
        assertThat(opened.get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.get("checkTitle").asString()).isEqualTo("No certificate of origin / quality (CO/CQ) on file");
        assertThat(opened.get("ruleSetVersion").asInt()).isEqualTo(1);
        assertThat(opened.get("evidence").get("summary").asString()).contains("No certificate of origin (CO)");
        Instant firstSeen = Instant.parse(opened.get("firstSeen").asString());

        JsonNode second = CheckFixtures.assess(fx.admin, device);
        assertThat(second.get("findings").get("stillOpen").asInt()).isEqualTo(1);
        assertThat(second.get("findings").get("opened").asInt()).isZero();
        JsonNode still = finding(fx.admin, device, "INV-03");
        assertThat(still.get("id").asLong()).isEqualTo(opened.get("id").asLong());
        assertThat(Instant.parse(still.get("firstSeen").asString())).isEqualTo(firstSeen);
        assertThat(Instant.parse(still.get("lastSeen").asString())).isAfter(firstSeen);
        assertThat(still.get("latestResultId").asLong()).isNotEqualTo(opened.get("latestResultId").asLong());

        camera.put("certificateOrigin", "CO-2026-777");
        fx.update(device, camera);
        JsonNode third = CheckFixtures.assess(fx.admin, device);
        assertThat(third.get("findings").get("closed").asInt()).isEqualTo(1);
        JsonNode closed = finding(fx.admin, device, "INV-03");
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").isNull()).isFalse();
        assertThat(closed.get("latestOutcome").asString()).isEqualTo("PASS");
        assertThat(closed.get("evidence").get("summary").asString()).contains("CO CO-2026-777");
        assertThat(closed.get("lastSeen").asString()).isEqualTo(still.get("lastSeen").asString());

        camera.remove("certificateOrigin");
        fx.update(device, camera);
        JsonNode fourth = CheckFixtures.assess(fx.admin, device);
        assertThat(fourth.get("findings").get("reopened").asInt()).isEqualTo(1);
        JsonNode reopened = finding(fx.admin, device, "INV-03");
        assertThat(reopened.get("id").asLong()).as("the same finding, not a new one").isEqualTo(opened.get("id").asLong());
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.get("reopenedCount").asInt()).isEqualTo(1);
        assertThat(reopened.get("closedAt").isNull()).isTrue();
        assertThat(Instant.parse(reopened.get("firstSeen").asString())).isEqualTo(firstSeen);

        // the history shows every result of the (device, check), newest first
        JsonNode history = fx.admin.get("/api/v1/findings/" + reopened.get("id").asLong() + "/results").json();
        assertThat(history).extracting(r -> r.get("outcome").asString()).containsExactly("FAIL", "PASS", "FAIL", "FAIL");

        // one finding per (device, check), whatever happened
        JsonNode all = fx.admin.get("/api/v1/findings?deviceId=" + device + "&checkId=inv-03&size=10").json();
        assertThat(all.get("total").asInt()).isEqualTo(1);

        JsonNode run = fx.admin.get("/api/v1/audit-log?action=assessment.run&targetId=" + first.get("id").asLong())
                .json();
        assertThat(run.get("total").asInt()).as("each run is in the audit log").isEqualTo(1);
        assertThat(run.get("items").get(0).get("detail").asString()).contains("\"opened\":1");
    }

    @Test
    void acceptedRiskHoldsThroughFailuresAndAPassClosesIt() {
        CheckFixtures fx = new CheckFixtures(port);
        long owner = fx.organization("Risk owner", "OWNER", null, "ops@risk.example");
        Map<String, Object> camera = fx.goodCamera(owner, fx.approvedSystem(owner, 3));
        camera.put("vendor", "EZVIZ");
        long device = fx.device(camera);
        CheckFixtures.assess(fx.admin, device);
        long id = finding(fx.admin, device, "INV-05").get("id").asLong();

        Api.Response bad = fx.admin.post("/api/v1/findings/" + id + "/accept-risk",
                Map.of("reason", " ", "until", LocalDate.now().plusYears(3).toString()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactly("reason", "until");

        String until = LocalDate.now().plusMonths(6).toString();
        Api.Response ok = fx.admin.post("/api/v1/findings/" + id + "/accept-risk",
                Map.of("reason", "Exception approved by the system owner, decision 12/QĐ", "until", until));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("status").asString()).isEqualTo("ACCEPTED_RISK");
        assertThat(ok.json().get("riskAcceptance").get("until").asString()).isEqualTo(until);
        assertThat(ok.json().get("riskAcceptance").get("by").asString()).isEqualTo("admin");

        JsonNode again = CheckFixtures.assess(fx.admin, device);
        assertThat(again.get("findings").get("stillOpen").asInt()).isEqualTo(1);
        assertThat(finding(fx.admin, device, "INV-05").get("status").asString()).isEqualTo("ACCEPTED_RISK");

        assertThat(fx.admin.delete("/api/v1/findings/" + id + "/accept-risk").json().get("status").asString())
                .isEqualTo("OPEN");
        assertThat(fx.admin.delete("/api/v1/findings/" + id + "/accept-risk").status()).isEqualTo(409);

        camera.put("vendor", "Axis");
        fx.update(device, camera);
        CheckFixtures.assess(fx.admin, device);
        assertThat(finding(fx.admin, device, "INV-05").get("status").asString()).isEqualTo("CLOSED");
        assertThat(fx.admin.post("/api/v1/findings/" + id + "/accept-risk", Map.of("reason", "x", "until",
                until)).status()).as("nothing to accept on a closed finding").isEqualTo(409);

        for (String action : List.of("finding.accept_risk", "finding.withdraw_acceptance")) {
            assertThat(fx.admin.get("/api/v1/audit-log?action=" + action + "&targetId=" + id).json().get("total")
                    .asInt()).as(action).isEqualTo(1);
        }
    }

    static JsonNode finding(Api api, long device, String checkId) {
        JsonNode page = api.get("/api/v1/devices/" + device + "/findings?size=100").json();
        List<JsonNode> matching = new java.util.ArrayList<>();
        page.get("items").forEach(f -> {
            if (f.get("checkId").asString().equals(checkId)) {
                matching.add(f);
            }
        });
        assertThat(matching).as(checkId + " in " + page).hasSize(1);
        return matching.getFirst();
    }
}
