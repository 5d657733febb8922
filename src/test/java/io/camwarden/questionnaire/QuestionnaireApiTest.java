package io.camwarden.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The questionnaire API over real HTTP: the questions in three languages, answers validated per type and with
 * their evidence, the system's view of its answers, scope (an owner cannot see or answer another
 * organisation's system: 404), read-only roles, and the regulator's review.
 */
@CamWardenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireApiTest {

    @LocalServerPort
    int port;
    Api admin;
    Api owner;
    Api otherOwner;
    Api police;
    Api inspector;
    long system;
    long otherSystem;

    @BeforeAll
    void registry() {
        admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        long org = fx.organization(Fixtures.unique("Ward office"), "OWNER", null);
        long other = fx.organization(Fixtures.unique("Other ward"), "OWNER", null);
        String district = Fixtures.unique("District");
        system = fx.informationSystem(org, Fixtures.unique("Ward CCTV"), 3);
        otherSystem = fx.informationSystem(other, Fixtures.unique("Other CCTV"), 2);
        long site = fx.site(org, Fixtures.unique("Ward site"), district);
        Map<String, Object> device = new HashMap<>(Map.of("ownerOrganizationId", org, "siteId", site,
                "informationSystemId", system, "serial", Fixtures.unique("SN").replace(' ', '-')));
        assertThat(admin.post("/api/v1/devices", device).status()).isEqualTo(201);
        owner = fx.user("OWNER", org, null);
        otherOwner = fx.user("OWNER", other, null);
        police = fx.user("POLICE", null, List.of(district));
        inspector = fx.user("INSPECTOR", null, null);
    }

    private String path(long s, String q) {
        return "/api/v1/information-systems/" + s + "/questionnaire" + (q == null ? "" : "/" + q);
    }

    @Test
    void theQuestionsComeInEachLanguageWithWhatComplies() {
        JsonNode en = admin.get("/api/v1/questionnaire").json();
        assertThat(en.get("version").asInt()).isEqualTo(1);
        assertThat(en.get("language").asString()).isEqualTo("en");
        JsonNode questions = en.get("questions");
        assertThat(questions.size()).isGreaterThanOrEqualTo(20);
        Map<String, JsonNode> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.get("id").asString(), q));
        JsonNode retention = byId.get("CFG-02.2");
        assertThat(retention.get("checkId").asString()).isEqualTo("CFG-02");
        assertThat(retention.get("type").asString()).isEqualTo("NUMBER");
        assertThat(retention.get("unit").asString()).isEqualTo("months");
        assertThat(retention.get("compliantAnswer").asString()).isEqualTo("at least 1 month from level 2; at least 3"
                + " months from level 3; at least 6 months from level 4; at least 12 months from level 5");
        assertThat(retention.get("evidenceRequired").asBoolean()).isTrue();
        assertThat(byId.get("NET-03.1").get("choices")).extracting(c -> c.get("key").asString() + "="
                + c.get("compliant").asBoolean()).containsExactly("disabled=true", "approved=true", "unapproved=false",
                "unknown=false");

        JsonNode vi = admin.get("/api/v1/questionnaire?lang=vi").json().get("questions");
        JsonNode fa = owner.get("/api/v1/questionnaire?lang=FA").json().get("questions");
        assertThat(vi.get(0).get("text").asString()).startsWith("Sau bao nhiêu lần đăng nhập sai");
        assertThat(fa.get(0).get("text").asString()).contains("ورود ناموفق");
        assertThat(fa.get(0).get("requirement").asString()).as("evidence quotes the regulation in English")
                .startsWith("Decision 724");
        Api.Response bad = admin.get("/api/v1/questionnaire?lang=de");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"lang\"").contains("use vi, fa or en");
    }

    @Test
    void anOwnerAnswersForItsSystemAndTheAnswerIsShownWithItsValidity() {
        Api.Response r = owner.put(path(system, "cfg-02.2"), Map.of("answer", " 6 ", "evidenceReference",
                "Log server retention policy LS-2026-03", "note", "VMS and NVRs"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode item = r.json();
        assertThat(item.get("question").get("id").asString()).isEqualTo("CFG-02.2");
        assertThat(item.get("answer").asString()).isEqualTo("6");
        assertThat(item.get("status").asString()).isEqualTo("VALID");
        assertThat(item.get("compliant").asBoolean()).isTrue();
        assertThat(item.get("question").get("compliantAnswer").asString()).isEqualTo("at least 3 months");
        JsonNode sys = admin.get("/api/v1/information-systems/" + system).json();
        assertThat(item.get("validUntil").asString()).as("the next periodic assessment comes before a year")
                .isEqualTo(sys.get("nextAssessmentOn").isNull() ? java.time.LocalDate.now().plusYears(1).toString()
                        : sys.get("nextAssessmentOn").asString());

        JsonNode view = owner.get(path(system, null) + "?lang=vi").json();
        assertThat(view.get("securityLevel").asInt()).isEqualTo(3);
        assertThat(view.get("answered").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode cfg = find(view, "CFG-02.2");
        assertThat(cfg.get("answeredBy").asString()).startsWith("owner");
        assertThat(cfg.get("evidenceReference").asString()).isEqualTo("Log server retention policy LS-2026-03");
        assertThat(cfg.get("question").get("text").asString()).isEqualTo("Nhật ký này được lưu giữ trong bao nhiêu tháng?");
        assertThat(find(view, "GOV-03.4").get("asked").asBoolean()).as("asked from level 4").isFalse();
        assertThat(find(view, "GOV-03.1").get("asked").asBoolean()).isTrue();
        assertThat(find(view, "AUTH-07.1").get("status").asString()).isEqualTo("UNANSWERED");

        // a Persian keyboard's digits are digits
        Api.Response persian = owner.put(path(system, "AUTH-07.1"), Map.of("answer", "۵", "evidenceReference", "NVR policy"));
        assertThat(persian.json().get("answer").asString()).isEqualTo("5");

        assertThat(admin.get("/api/v1/audit-log?action=questionnaire.answer&size=5").body()).contains("CFG-02.2");
    }

    @Test
    void badAnswersAreRefusedWithEveryProblemNamed() {
        Api.Response r = owner.put(path(system, "AUTH-07.1"), Map.of("answer", "five"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"answer\"", "'five' is not a whole number of failed logins",
                "\"field\":\"evidenceReference\"", "is required for question AUTH-07.1");
        Api.Response choice = owner.put(path(system, "NET-08.1"), Map.of("answer", "teamviewer", "evidenceReference", "x"));
        assertThat(choice.body()).contains("'teamviewer' is not one of none, vpn_mfa, vpn, direct");
        Api.Response yesNo = owner.put(path(system, "AUTH-07.3"), Map.of("answer", "maybe"));
        assertThat(yesNo.status()).isEqualTo(400);
        assertThat(yesNo.body()).contains("'maybe' is not yes or no").doesNotContain("evidenceReference");
        assertThat(owner.put(path(system, "AUTH-99.1"), Map.of("answer", "yes")).status()).isEqualTo(404);
        assertThat(find(owner.get(path(system, null)).json(), "AUTH-07.3").get("status").asString())
                .as("nothing was stored").isEqualTo("UNANSWERED");
    }

    @Test
    void scopeDecidesWhoSeesAndWhoAnswers() {
        Map<String, Object> yes = Map.of("answer", "yes", "evidenceReference", "Site inspection SI-12");
        Api.Response foreign = owner.put(path(otherSystem, "CFG-05.1"), yes);
        assertThat(foreign.status()).as("another organisation's system is as good as missing").isEqualTo(404);
        assertThat(owner.get(path(otherSystem, null)).status()).isEqualTo(404);
        assertThat(otherOwner.put(path(otherSystem, "CFG-05.1"), yes).status()).isEqualTo(200);
        assertThat(find(admin.get(path(otherSystem, null)).json(), "CFG-05.1").get("answeredBy").asString())
                .startsWith("owner");

        assertThat(police.get(path(system, null)).status()).as("police see systems in their districts").isEqualTo(200);
        assertThat(police.get(path(otherSystem, null)).status()).isEqualTo(404);
        assertThat(police.put(path(system, "CFG-05.1"), yes).status()).isEqualTo(403);
        assertThat(inspector.get(path(otherSystem, null)).status()).isEqualTo(200);
        assertThat(inspector.put(path(otherSystem, "CFG-05.1"), yes).status()).isEqualTo(403);
        assertThat(admin.put(path(system, "CFG-05.1"), yes).status()).as("the regulator answers for any").isEqualTo(200);
    }

    @Test
    void onlyTheRegulatorReviewsAndARejectionNeedsANote() {
        assertThat(owner.put(path(system, "DAT-04.3"), Map.of("answer", "yes", "evidenceReference", "DPIA 2026/4"))
                .status()).isEqualTo(200);
        Api.Response self = owner.post(path(system, "DAT-04.3") + "/review", Map.of("decision", "ACCEPTED"));
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.body()).contains("only REGULATOR and ADMIN users may review questionnaire answers");
        Api.Response noNote = admin.post(path(system, "DAT-04.3") + "/review", Map.of("decision", "REJECTED"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("\"field\":\"note\"");
        assertThat(admin.post(path(system, "DAT-04.3") + "/review", Map.of("decision", "maybe")).body())
                .contains("'maybe' is not ACCEPTED or REJECTED");
        assertThat(admin.post(path(system, "DAT-04.2") + "/review", Map.of("decision", "ACCEPTED")).status())
                .as("no answer to review").isEqualTo(404);

        JsonNode rejected = admin.post(path(system, "DAT-04.3") + "/review", Map.of("decision", "REJECTED",
                "note", "The DPIA covers another system")).json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("reviewedBy").asString()).isEqualTo("admin");
        assertThat(rejected.get("reviewNote").asString()).isEqualTo("The DPIA covers another system");
        JsonNode again = owner.put(path(system, "DAT-04.3"), Map.of("answer", "yes", "evidenceReference", "DPIA 2026/7"))
                .json();
        assertThat(again.get("status").asString()).as("a new answer clears the old review").isEqualTo("VALID");
        assertThat(again.get("review").isNull()).isTrue();
    }

    private static JsonNode find(JsonNode view, String question) {
        for (JsonNode i : view.get("items")) {
            if (i.get("question").get("id").asString().equals(question)) {
                return i;
            }
        }
        throw new AssertionError(question + " not in " + view);
    }
}
