package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The findings pages: an owner sees the findings of its own devices and never another owner's, in its language;
 * one finding shows the evidence that decided it; the device page lists its open findings; an accepted risk is
 * accepted and withdrawn through CSRF-protected forms offered only to roles that may write.
 */
@CamWardenTest
class ConsoleFindingsTest {

    @LocalServerPort
    int port;

    @Test
    void findingsAreListedInTheOwnersScopeWithTheirEvidence() {
        Api admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        long ownerA = fx.organization(Fixtures.unique("Findings owner A"), "OWNER", null);
        long ownerB = fx.organization(Fixtures.unique("Findings owner B"), "OWNER", null);
        long deviceA = camera(admin, ownerA);
        long deviceB = camera(admin, ownerB);
        String userA = fx.username("OWNER", ownerA, null);
        String userB = fx.username("OWNER", ownerB, null);
        for (long d : new long[] {deviceA, deviceB}) {
            Api.Response r = admin.post("/api/v1/assessments", Map.of("deviceId", d));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        JsonNode finding = null;
        for (JsonNode f : admin.get("/api/v1/devices/" + deviceA + "/findings?size=100").json().get("items")) {
            if (f.get("checkId").asString().equals("INV-03")) {
                finding = f;
            }
        }
        assertThat(finding).as("INV-03 fails without a certificate of quality").isNotNull();
        long findingId = finding.get("id").asLong();
        String rowA = "data-id=\"" + findingId + "\"";

        ConsoleClient a = ConsoleClient.loggedIn(port, userA, Fixtures.PASSWORD);
        String vi = a.get("/findings?checkId=INV-03&status=OPEN").body();
        assertThat(vi).contains("id=\"finding-table\"").contains(rowA).contains("Đang mở").contains("Phát hiện")
                .doesNotContain("data-device=\"" + deviceB + "\"");
        String en = a.get("/findings?checkId=inv-03&lang=en").body();
        assertThat(en).contains(rowA).contains("First seen").contains(">Open<")
                .doesNotContain("data-device=\"" + deviceB + "\"");
        assertThat(a.get("/findings?severity=SOMETIMES&lang=en").body()).contains("id=\"filter-errors\"")
                .contains("SOMETIMES");

        // the dashboard counts what the findings list shows, in the owner's scope
        long high = Api.anonymous(port).as(userA, Fixtures.PASSWORD)
                .get("/api/v1/findings?severity=HIGH&status=OPEN&size=1").json().get("total").asLong();
        assertThat(high).isPositive();
        String dashboard = a.get("/?lang=en").body();
        assertThat(dashboard).contains("href=\"/findings?severity=HIGH&amp;status=OPEN\" id=\"high-count\"")
                .containsPattern("id=\"high-count\">\\s*<strong>" + high + "</strong>");

        ConsoleClient b = ConsoleClient.loggedIn(port, userB, Fixtures.PASSWORD);
        assertThat(b.get("/findings?checkId=INV-03").body()).doesNotContain(rowA)
                .contains("data-device=\"" + deviceB + "\"");
        assertThat(b.get("/findings/" + findingId).status()).isEqualTo(404);

        String page = a.get("/findings/" + findingId + "?lang=en").body();
        String summary = finding.get("evidence").get("summary").asString();
        assertThat(summary).isNotBlank();
        assertThat(page).contains("id=\"evidence-summary\"").contains(HtmlUtils.htmlEscape(summary))
                .contains("Evidence of the latest result").contains("/devices/" + deviceA);

        assertThat(a.get("/devices/" + deviceA).body()).contains("id=\"device-findings\"")
                .contains("href=\"/findings/" + findingId + "\"");

        // the owner accepts the risk through the page's form (with its CSRF token); the other owner cannot
        assertThat(page).contains("id=\"accept-form\"");
        ConsoleClient.Page refused = a.post("/findings/" + findingId + "/accept-risk", Map.of("reason", " ",
                "until", "someday"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"form-errors\"").contains("someday").contains("id=\"until-error\"");
        assertThat(a.post("/findings/" + findingId + "/accept-risk", Map.of("reason", " ",
                "until", LocalDate.now().plusDays(30).toString())).body()).contains("id=\"reason-error\"");
        b.get("/findings");
        assertThat(b.post("/findings/" + findingId + "/accept-risk", Map.of("reason", "Replacement ordered",
                "until", LocalDate.now().plusDays(30).toString())).status()).isEqualTo(404);
        ConsoleClient.Page accepted = a.post("/findings/" + findingId + "/accept-risk", Map.of("reason",
                "Replacement ordered under contract 2026/17", "until", LocalDate.now().plusDays(30).toString()));
        assertThat(accepted.status()).isEqualTo(302);
        URI back = URI.create(accepted.location());
        assertThat(a.get(back.getRawPath() + "?" + back.getRawQuery()).body()).contains("The risk is accepted.").contains("Risk accepted")
                .contains("Replacement ordered under contract 2026/17");

        String device = a.get("/devices/" + deviceA).body();
        // the accepted finding is no longer open; the device's other failures still are
        assertThat(device).doesNotContain("href=\"/findings/" + findingId + "\"")
                .contains("Open findings"); // the language chosen above sticks

        // the acceptance is withdrawn through the page's CSRF-protected button, offered only to those who may write
        String fa = a.get("/findings/" + findingId + "?lang=fa").body();
        assertThat(fa).contains("id=\"withdraw-form\"").contains("لغو پذیرش خطر").contains("لغو پذیرش");
        assertThat(a.get("/findings/" + findingId + "?lang=vi").body()).contains("Rút lại chấp nhận rủi ro");
        String english = a.get("/findings/" + findingId + "?lang=en").body();
        int at = english.indexOf("id=\"withdraw-form\"");
        String form = english.substring(at, english.indexOf("</form>", at));
        assertThat(form).contains("action=\"/findings/" + findingId + "/withdraw-acceptance\"")
                .contains("name=\"_csrf\"").contains("Withdraw the acceptance");
        assertThat(a.postRaw("/findings/" + findingId + "/withdraw-acceptance", Map.of()).status())
                .as("without the CSRF token").isEqualTo(403);
        b.get("/findings");
        assertThat(b.post("/findings/" + findingId + "/withdraw-acceptance", Map.of()).status()).isEqualTo(404);
        long inspectorate = fx.organization(Fixtures.unique("Findings inspectorate"), "INSPECTORATE", null);
        ConsoleClient reader = ConsoleClient.loggedIn(port, fx.username("INSPECTOR", inspectorate, null), Fixtures.PASSWORD);
        ConsoleClient.Page read = reader.get("/findings/" + findingId + "?lang=en");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("Risk accepted").doesNotContain("withdraw-form").doesNotContain("accept-form");
        assertThat(reader.post("/findings/" + findingId + "/withdraw-acceptance", Map.of()).status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/findings/" + findingId).json().get("status").asString())
                .isEqualTo("ACCEPTED_RISK");

        a.get("/findings/" + findingId);
        ConsoleClient.Page withdrawn = a.post("/findings/" + findingId + "/withdraw-acceptance", Map.of());
        assertThat(withdrawn.status()).isEqualTo(302);
        URI open = URI.create(withdrawn.location());
        String reopened = a.get(open.getRawPath() + "?" + open.getRawQuery()).body();
        assertThat(reopened).contains("The acceptance is withdrawn: the finding is open again.").contains(">Open<")
                .doesNotContain("withdraw-form").doesNotContain("Replacement ordered under contract 2026/17");
        assertThat(admin.get("/api/v1/findings/" + findingId).json().get("status").asString()).isEqualTo("OPEN");
        assertThat(admin.get("/api/v1/audit-log?action=finding.withdraw_acceptance&targetId=" + findingId).json()
                .get("total").asLong()).isEqualTo(1);
        assertThat(a.post("/findings/" + findingId + "/withdraw-acceptance", Map.of()).status())
                .as("nothing accepted to withdraw").isEqualTo(409);
        assertThat(a.get("/devices/" + deviceA).body()).contains("href=\"/findings/" + findingId + "\"");
    }

    /** A camera complete but for its certificate of quality: it fails the registry check INV-03. */
    private static long camera(Api admin, long owner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "CAMERA");
        body.put("vendor", "Axis");
        body.put("model", "P3245-LV");
        body.put("firmware", "10.12.114");
        body.put("serial", Fixtures.unique("FND").replace(' ', '-'));
        body.put("ownerOrganizationId", owner);
        body.put("certificateOrigin", "CO-2025-001");
        body.put("qcvn135", "QCVN135-0042");
        body.put("installedOn", "2026-02-01");
        body.put("endOfSupport", "2099-12-31");
        Api.Response r = admin.post("/api/v1/devices", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }
}
