package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The questionnaire page as the server renders it: reached from the information system, in the reader's
 * language (Persian right to left), answer forms for writers only, a save without JavaScript (redirect back to
 * the question) and with htmx (the question alone), errors in the reader's language, scope, and the review.
 */
@CamWardenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnairePagesTest {

    @LocalServerPort
    int port;
    ConsoleCity city;
    long foreignSystem;

    @BeforeAll
    void city() {
        city = new ConsoleCity(port);
        Api admin = Api.admin(port);
        // a device of system A at site A, so that the police of district A see the system
        Map<String, Object> device = new HashMap<>(Map.of("ownerOrganizationId", city.ownerA, "siteId", city.siteA,
                "informationSystemId", city.systemA, "serial", "Q-" + city.token));
        assertThat(admin.post("/api/v1/devices", device).status()).isEqualTo(201);
        foreignSystem = new Fixtures(port).informationSystem(city.ownerB, Fixtures.unique("Foreign"), 2);
    }

    private String page() {
        return "/systems/" + city.systemA + "/questionnaire";
    }

    @Test
    void anOwnerAnswersInPersianWithAndWithoutJavaScript() {
        ConsoleClient c = ConsoleClient.loggedIn(port, city.owner, Fixtures.PASSWORD);
        assertThat(c.get("/systems/" + city.systemA).body()).contains("id=\"system-questionnaire\"",
                "href=\"" + page() + "\"");
        ConsoleClient.Page p = c.get(page() + "?lang=fa");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.body()).contains("dir=\"rtl\"", "پرسش‌نامهٔ مالک",
                "پس از چند ورود ناموفق پیاپی حساب را قفل می‌کنند؟", "id=\"answer-form-AUTH-07.1\"",
                "هنوز پاسخ داده نشده", "پرسش دیگر در این سطح امنیتی پرسیده نمی‌شود")
                .doesNotContain("id=\"q-GOV-03.4\"").doesNotContain("review-form-");

        ConsoleClient.Page saved = c.post(page() + "/AUTH-07.3", Map.of("answer", "yes", "evidenceReference", "",
                "note", ""));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(page() + "#q-AUTH-07.3");
        String after = c.get(page()).body();
        assertThat(after).contains("id=\"answer-AUTH-07.3\"", "بله", "مطابق الزامات است", "پاسخ داده شده، هنوز بازبینی نشده");

        ConsoleClient.Page fragment = c.postHtmx(page() + "/NET-08.1", Map.of("answer", "direct",
                "evidenceReference", "Firewall rules FW-2026-2"));
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).as("the question alone, for htmx to swap").startsWith("<article")
                .contains("id=\"q-NET-08.1\"", "مستقیم از راه اینترنت", "مطابق الزامات نیست", "پاسخ ذخیره شد.")
                .doesNotContain("<html");

        ConsoleClient.Page bad = c.postHtmx(page() + "/AUTH-07.1", Map.of("answer", "abc", "evidenceReference", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"errors-AUTH-07.1\"", "«abc» عدد صحیح نیست",
                "برای این پرسش الزامی است: سندی را که پاسخ را نشان می‌دهد نام ببرید");
    }

    @Test
    void readOnlyRolesSeeTheAnswersButNoFormsAndOtherSystemsStayHidden() {
        ConsoleClient police = ConsoleClient.loggedIn(port, city.police, Fixtures.PASSWORD);
        ConsoleClient.Page p = police.get(page() + "?lang=vi");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.body()).contains("bảng câu hỏi cho chủ quản", "Sau bao nhiêu lần đăng nhập sai liên tiếp")
                .doesNotContain("answer-form-").doesNotContain("review-form-");
        assertThat(police.post(page() + "/AUTH-07.3", Map.of("answer", "no")).status()).isEqualTo(403);

        ConsoleClient owner = ConsoleClient.loggedIn(port, city.owner, Fixtures.PASSWORD);
        assertThat(owner.get("/systems/" + foreignSystem + "/questionnaire").status()).isEqualTo(404);
    }

    @Test
    void theRegulatorRejectsAnAnswerWithANote() {
        Api.admin(port).put("/api/v1/information-systems/" + city.systemA + "/questionnaire/CFG-05.1",
                Map.of("answer", "yes", "evidenceReference", "Site inspection SI-44"));
        ConsoleClient admin = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(admin.get(page() + "?lang=en").body()).contains("id=\"review-form-CFG-05.1\"");
        ConsoleClient.Page noNote = admin.post(page() + "/CFG-05.1/review", Map.of("decision", "REJECTED", "note", ""));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("is required to reject an answer: tell the owner what is wrong or missing");
        assertThat(admin.post(page() + "/CFG-05.1/review", Map.of("decision", "REJECTED",
                "note", "The photos show an open SD slot")).status()).isEqualTo(302);
        assertThat(admin.get(page()).body()).contains("Rejected by the regulator: answer again",
                "The photos show an open SD slot");
    }
}
