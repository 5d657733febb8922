package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.facts;
import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every check the owner questionnaire decides, through real answers and real assessments over HTTP: NOT_TESTED
 * while unanswered (saying which question to answer and where), PASS on compliant answers (with who, when and
 * the evidence reference), FAIL on a non-compliant one (quoting what the regulation asks), and a rejected
 * answer counting as none. The answers below are what the regulations ask at level 3, written out here rather
 * than read from the questionnaire, so a wrong compliance rule in the shipped file fails this test.
 */
@CamWardenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireChecksApiTest {

    static final List<String> CHECKS = List.of("AUTH-07", "AUTH-10", "NET-03", "NET-08", "FW-05", "CFG-02", "CFG-03",
            "CFG-05", "CFG-06", "DAT-01", "DAT-02", "DAT-04", "GOV-03");

    /** Question → {compliant at level 3, non-compliant at level 3}. DAT-02.3 and GOV-03.4 are asked from level 4. */
    static final Map<String, String[]> LEVEL3 = new LinkedHashMap<>();

    static {
        LEVEL3.put("AUTH-07.1", new String[] {"5", "10"});
        LEVEL3.put("AUTH-07.2", new String[] {"5", "1"});
        LEVEL3.put("AUTH-07.3", new String[] {"yes", "no"});
        LEVEL3.put("AUTH-10.1", new String[] {"yes", "no"});
        LEVEL3.put("AUTH-10.2", new String[] {"yes", "no"});
        LEVEL3.put("AUTH-10.3", new String[] {"yes", "no"});
        LEVEL3.put("NET-03.1", new String[] {"disabled", "unapproved"});
        LEVEL3.put("NET-08.1", new String[] {"vpn_mfa", "direct"});
        LEVEL3.put("FW-05.1", new String[] {"yes", "no"});
        LEVEL3.put("FW-05.2", new String[] {"yes", "no"});
        LEVEL3.put("CFG-02.1", new String[] {"yes", "no"});
        LEVEL3.put("CFG-02.2", new String[] {"3", "2"});
        LEVEL3.put("CFG-02.3", new String[] {"yes", "no"});
        LEVEL3.put("CFG-03.1", new String[] {"10", "0"});
        LEVEL3.put("CFG-05.1", new String[] {"yes", "no"});
        LEVEL3.put("CFG-06.1", new String[] {"yes", "no"});
        LEVEL3.put("CFG-06.2", new String[] {"yes", "no"});
        LEVEL3.put("DAT-01.1", new String[] {"onsite", "abroad"});
        LEVEL3.put("DAT-02.1", new String[] {"yes", "no"});
        LEVEL3.put("DAT-02.2", new String[] {"yes", "no"});
        LEVEL3.put("DAT-04.1", new String[] {"yes", "no"});
        LEVEL3.put("DAT-04.2", new String[] {"yes", "no"});
        LEVEL3.put("DAT-04.3", new String[] {"yes", "no"});
        LEVEL3.put("GOV-03.1", new String[] {"yes", "no"});
        LEVEL3.put("GOV-03.2", new String[] {"yes", "no"});
        LEVEL3.put("GOV-03.3", new String[] {"yes", "no"});
    }

    @LocalServerPort
    int port;
    CheckFixtures fx;
    long owner;

    @BeforeAll
    void registry() {
        fx = new CheckFixtures(port);
        owner = fx.organization("Provincial IOC", "OWNER", null, "ioc@city.example");
    }

    private void answer(long system, String question, String answer) {
        Api.Response r = fx.admin.put("/api/v1/information-systems/" + system + "/questionnaire/" + question,
                Map.of("answer", answer, "evidenceReference", "Dossier annex 4, " + question));
        assertThat(r.status()).as(question + " " + r).isEqualTo(200);
    }

    @Test
    void unansweredQuestionsLeaveEveryQuestionnaireCheckNotTestedAndSayWhatToAnswer() {
        long system = fx.approvedSystem(owner, 3);
        Map<String, JsonNode> r = fx.assessDevice(fx.device(fx.goodCamera(owner, system)));
        for (String check : CHECKS) {
            assertThat(outcome(r, check)).as(check).isEqualTo("NOT_TESTED");
            assertThat(summary(r, check)).as(check).contains(check + ".1 is unanswered")
                    .contains("PUT /api/v1/information-systems/" + system + "/questionnaire/{questionId}");
        }
        assertThat(summary(r, "CFG-02")).contains("CFG-02.2 is unanswered", "CFG-02.3 is unanswered");
        // asked from level 4 only
        assertThat(summary(r, "DAT-02")).doesNotContain("DAT-02.3");
        assertThat(facts(r, "CFG-02")).contains("CFG-02.2.compliant_answer=at least 3 months");
    }

    @Test
    void compliantAnswersPassEveryQuestionnaireCheckWithWhoWhenAndEvidence() {
        long system = fx.approvedSystem(owner, 3);
        LEVEL3.forEach((q, a) -> answer(system, q, a[0]));
        long device = fx.device(fx.goodCamera(owner, system));
        Map<String, JsonNode> r = fx.assessDevice(device);
        for (String check : CHECKS) {
            assertThat(outcome(r, check)).as(check + ": " + r.get(check)).isEqualTo("PASS");
            assertThat(facts(r, check)).as(check).contains(check + ".1.evidence_reference=Dossier annex 4, " + check + ".1",
                    check + ".1.review=not reviewed yet").anyMatch(f -> f.startsWith(check + ".1.answered=by admin at "));
        }
        assertThat(summary(r, "CFG-02")).contains("answered every question of CFG-02 asked at level 3 compliantly"
                + " (CFG-02.1, CFG-02.2, CFG-02.3)");
        assertThat(facts(r, "NET-03")).contains("NET-03.1.answer=disabled (No: P2P and cloud are turned off on every device)");
        assertThat(fx.admin.get("/api/v1/devices/" + device + "/findings").json().get("total").asInt())
                .as("passes open no findings").isZero();
    }

    @Test
    void aNonCompliantAnswerFailsItsCheckAndQuotesTheRegulation() {
        long system = fx.approvedSystem(owner, 3);
        LEVEL3.forEach((q, a) -> answer(system, q, q.endsWith(".1") ? a[1] : a[0]));
        long device = fx.device(fx.goodCamera(owner, system));
        Map<String, JsonNode> r = fx.assessDevice(device);
        for (String check : CHECKS) {
            assertThat(outcome(r, check)).as(check + ": " + r.get(check)).isEqualTo("FAIL");
            assertThat(summary(r, check)).as(check).contains("question " + check + ".1");
        }
        assertThat(summary(r, "AUTH-07")).contains("was answered 10 failed logins", "the answer must be 1 to 5 failed"
                + " logins", "Decision 724/QĐ-BTTTT §2.1");
        assertThat(summary(r, "NET-08")).contains("direct (Directly over the Internet", "vpn_mfa");
        assertThat(summary(r, "CFG-03")).contains("was answered 0 minutes", "1 to 15 minutes");
        JsonNode findings = fx.admin.get("/api/v1/devices/" + device + "/findings?size=100").json();
        assertThat(findings.get("items")).extracting(f -> f.get("checkId").asString())
                .containsExactlyInAnyOrderElementsOf(CHECKS);
        // the severity follows the level where the catalogue says so
        assertThat(r.get("CFG-02").get("severity").asString()).isEqualTo("HIGH");
    }

    @Test
    void retentionIsJudgedAgainstTheSystemsLevel() {
        long level2 = fx.approvedSystem(owner, 2);
        long level3 = fx.approvedSystem(owner, 3);
        for (long s : List.of(level2, level3)) {
            answer(s, "CFG-02.1", "yes");
            answer(s, "CFG-02.2", "2");
            answer(s, "CFG-02.3", "yes");
        }
        Map<String, JsonNode> two = fx.assessDevice(fx.device(fx.goodCamera(owner, level2)));
        assertThat(outcome(two, "CFG-02")).isEqualTo("PASS");
        assertThat(summary(two, "CFG-02")).contains("(CFG-02.1, CFG-02.2)").doesNotContain("CFG-02.3");
        assertThat(outcome(two, "GOV-03")).as("GOV-03 applies from level 3").isEqualTo("NOT_APPLICABLE");
        Map<String, JsonNode> three = fx.assessDevice(fx.device(fx.goodCamera(owner, level3)));
        assertThat(outcome(three, "CFG-02")).isEqualTo("FAIL");
        assertThat(summary(three, "CFG-02")).contains("answered 2 months", "at level 3 the answer must be at least 3 months");
    }

    @Test
    void aRejectedAnswerCountsAsNoneUntilTheOwnerAnswersAgain() {
        long system = fx.approvedSystem(owner, 3);
        LEVEL3.forEach((q, a) -> answer(system, q, a[0]));
        long device = fx.device(fx.goodCamera(owner, system));
        Api.Response rejected = fx.admin.post("/api/v1/information-systems/" + system + "/questionnaire/DAT-01.1/review",
                Map.of("decision", "rejected", "note", "The contract names a cloud region in Singapore"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        Map<String, JsonNode> r = fx.assessDevice(device);
        assertThat(outcome(r, "DAT-01")).isEqualTo("NOT_TESTED");
        assertThat(summary(r, "DAT-01")).contains("DAT-01.1 was rejected by admin (\"The contract names a cloud region"
                + " in Singapore\")");
        assertThat(outcome(r, "NET-03")).as("other answers still count").isEqualTo("PASS");

        Api.Response accepted = fx.admin.post("/api/v1/information-systems/" + system + "/questionnaire/NET-03.1/review",
                Map.of("decision", "ACCEPTED"));
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        answer(system, "DAT-01.1", "abroad");
        Map<String, JsonNode> again = fx.assessDevice(device);
        assertThat(outcome(again, "DAT-01")).isEqualTo("FAIL");
        assertThat(summary(again, "DAT-01")).contains("abroad (On servers or in a cloud outside Vietnam)");
        assertThat(facts(again, "DAT-01")).contains("DAT-01.1.review=not reviewed yet");
        assertThat(facts(again, "NET-03")).anyMatch(f -> f.startsWith("NET-03.1.review=ACCEPTED by admin on "));
    }

    @Test
    void aDeviceWithoutAnInformationSystemIsNotTestedAndToldWhy() {
        Map<String, JsonNode> r = fx.assessDevice(fx.device(fx.goodCamera(owner, null)));
        assertThat(outcome(r, "AUTH-07")).isEqualTo("NOT_TESTED");
        assertThat(summary(r, "AUTH-07")).contains("belongs to no information system")
                .contains("answer questions AUTH-07.1, AUTH-07.2, AUTH-07.3");
    }
}
