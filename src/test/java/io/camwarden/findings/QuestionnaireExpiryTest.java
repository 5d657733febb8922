package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.MovableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * An answer counts until the system's next periodic assessment, or for a year, whichever is sooner; then its
 * check is NOT_TESTED again and the evidence says the answer expired. The server's clock is moved forward.
 */
@CamWardenTest
@Import(MovableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireExpiryTest {

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    CheckFixtures fx;
    long owner;

    @BeforeAll
    void registry() {
        fx = new CheckFixtures(port);
        owner = fx.organization("Metro CCTV", "OWNER", null, "noc@metro.example");
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void answerAuth07(long system) {
        for (var e : Map.of("AUTH-07.1", "5", "AUTH-07.2", "10", "AUTH-07.3", "yes").entrySet()) {
            Api.Response r = fx.admin.put("/api/v1/information-systems/" + system + "/questionnaire/" + e.getKey(),
                    Map.of("answer", e.getValue(), "evidenceReference", "NVR lockout settings export"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
    }

    private JsonNode item(long system, String question) {
        for (JsonNode i : fx.admin.get("/api/v1/information-systems/" + system + "/questionnaire").json().get("items")) {
            if (i.get("question").get("id").asString().equals(question)) {
                return i;
            }
        }
        throw new AssertionError(question);
    }

    @Test
    void answersExpireAtTheNextPeriodicAssessment() {
        // level 3 is assessed yearly: last 300 days ago, so the next is due in 65 days
        long system = fx.system(owner, 3, "HSĐX-3", LocalDate.now().minusDays(400), "Sở TT&TT",
                LocalDate.now().minusDays(300));
        LocalDate next = LocalDate.now().minusDays(300).plusYears(1);
        answerAuth07(system);
        long device = fx.device(fx.goodCamera(owner, system));
        assertThat(item(system, "AUTH-07.1").get("validUntil").asString()).isEqualTo(next.toString());
        assertThat(outcome(fx.assessDevice(device), "AUTH-07")).isEqualTo("PASS");

        clock.advance(Duration.ofDays(64));
        assertThat(outcome(fx.assessDevice(device), "AUTH-07")).as("still valid on the due date").isEqualTo("PASS");

        clock.advance(Duration.ofDays(2));
        Map<String, JsonNode> r = fx.assessDevice(device);
        assertThat(outcome(r, "AUTH-07")).isEqualTo("NOT_TESTED");
        assertThat(summary(r, "AUTH-07")).contains("AUTH-07.1 was answered on " + LocalDate.now() + " and expired after "
                + next).contains("Answer them on the system's page");
        assertThat(CheckFixtures.facts(r, "AUTH-07")).contains("AUTH-07.1.valid_until=" + next + " (expired)");
        assertThat(item(system, "AUTH-07.1").get("status").asString()).isEqualTo("EXPIRED");

        answerAuth07(system);
        assertThat(outcome(fx.assessDevice(device), "AUTH-07")).as("answered again").isEqualTo("PASS");
    }

    @Test
    void answersExpireAfterAYearWhenTheNextAssessmentIsLater() {
        // level 2 is assessed every two years
        long system = fx.system(owner, 2, "HSĐX-2", LocalDate.now().minusDays(40), "Sở TT&TT",
                LocalDate.now().minusDays(10));
        answerAuth07(system);
        long device = fx.device(fx.goodCamera(owner, system));
        assertThat(item(system, "AUTH-07.2").get("validUntil").asString()).isEqualTo(LocalDate.now().plusYears(1).toString());
        clock.advance(Duration.ofDays(367));
        Map<String, JsonNode> r = fx.assessDevice(device);
        assertThat(outcome(r, "AUTH-07")).isEqualTo("NOT_TESTED");
        assertThat(summary(r, "AUTH-07")).contains("expired after " + LocalDate.now().plusYears(1));
    }

    @Test
    void anAnswerGivenAfterAnOverdueAssessmentDateStillCountsForAYear() {
        long system = fx.system(owner, 4, "HSĐX-4", LocalDate.of(2019, 6, 1), "Bộ Công an", LocalDate.of(2020, 3, 1));
        answerAuth07(system);
        JsonNode i = item(system, "AUTH-07.3");
        assertThat(i.get("status").asString()).isEqualTo("VALID");
        assertThat(i.get("validUntil").asString()).isEqualTo(LocalDate.now().plusYears(1).toString());
        Map<String, JsonNode> r = fx.assessDevice(fx.device(fx.goodCamera(owner, system)));
        assertThat(outcome(r, "AUTH-07")).isEqualTo("PASS");
        assertThat(outcome(r, "GOV-02")).as("the overdue assessment is reported where it belongs").isEqualTo("FAIL");
    }
}
