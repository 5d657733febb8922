package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console over plain HTTP, as a browser without JavaScript: login and its messages, language, scope,
 * read-only roles, CSRF, form errors, htmx fragments, and that no page refers to another host.
 */
@CamWardenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAccessTest {

    @LocalServerPort
    int port;
    ConsoleCity city;

    @BeforeAll
    void city() {
        city = new ConsoleCity(port);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageInVietnamese() {
        ConsoleClient anonymous = new ConsoleClient(port);
        ConsoleClient.Page home = anonymous.get("/devices");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/login");
        ConsoleClient.Page login = anonymous.get("/login");
        assertThat(login.body()).contains("<html lang=\"vi\" dir=\"ltr\">").contains("Đăng nhập");
    }

    @Test
    void theLanguageChoiceIsRememberedAndPersianIsRightToLeft() {
        ConsoleClient c = ConsoleClient.loggedIn(port, city.owner, Fixtures.PASSWORD);
        assertThat(c.get("/").body()).contains("<html lang=\"vi\" dir=\"ltr\">").contains("Tổng quan");
        assertThat(c.get("/?lang=fa").body()).contains("<html lang=\"fa\" dir=\"rtl\">").contains("نمای کلی");
        ConsoleClient.Page devices = c.get("/devices");
        assertThat(devices.body()).contains("<html lang=\"fa\" dir=\"rtl\">").contains("دستگاه‌ها");
        assertThat(c.get("/devices?lang=en").body()).contains("<html lang=\"en\" dir=\"ltr\">").contains("Devices");
        assertThat(c.get("/?lang=xx").body()).as("an unknown language falls back to Vietnamese")
                .contains("<html lang=\"vi\" dir=\"ltr\">");
    }

    @Test
    void aWrongPasswordSaysOnlyThatAndRepeatedFailuresSayTheAccountIsLocked() {
        String victim = "locked-" + city.token;
        Api.admin(port).post("/api/v1/users", Map.of("username", victim, "password", Fixtures.PASSWORD,
                "role", "OWNER", "organizationId", city.ownerA));
        ConsoleClient c = new ConsoleClient(port);
        ConsoleClient.Page failed = c.login(victim, "wrong-password");
        assertThat(failed.location()).endsWith("/login?error");
        assertThat(c.get("/login?error").body()).contains("Sai tên đăng nhập hoặc mật khẩu.")
                .doesNotContain("bị khóa");
        assertThat(new ConsoleClient(port).login("nobody-" + city.token, "wrong-password").location())
                .as("an unknown user gets the same answer").endsWith("/login?error");
        for (int i = 0; i < 4; i++) {
            c.login(victim, "wrong-password-" + i);
        }
        ConsoleClient.Page locked = c.login(victim, Fixtures.PASSWORD);
        assertThat(locked.location()).as("even the right password is refused while locked").endsWith("/login?error");
        String page = c.get("/login?error&lang=en").body();
        assertThat(page).containsPattern("Too many failed logins: this account is locked\\. Try again in \\d+ minutes\\.");
    }

    @Test
    void loggingOutEndsTheSessionAndNeedsTheCsrfToken() {
        ConsoleClient c = ConsoleClient.loggedIn(port, city.owner, Fixtures.PASSWORD);
        assertThat(c.get("/").status()).isEqualTo(200);
        assertThat(c.postRaw("/logout", Map.of()).status()).as("no token, no logout").isEqualTo(403);
        assertThat(c.get("/").status()).isEqualTo(200);
        ConsoleClient.Page out = c.post("/logout", Map.of());
        assertThat(out.location()).endsWith("/login?logout");
        assertThat(c.get("/login?logout").body()).contains("Bạn đã đăng xuất.");
        assertThat(c.get("/").status()).isEqualTo(302);
    }

    @Test
    void readOnlyRolesSeeNoWriteButtonsAndTheirPostsAreRefused() {
        ConsoleClient police = ConsoleClient.loggedIn(port, city.police, Fixtures.PASSWORD);
        ConsoleClient.Page list = police.get("/devices");
        assertThat(list.body()).contains(city.vendorA).doesNotContain(city.vendorB)
                .doesNotContain("id=\"new-device\"").doesNotContain("href=\"/import\"");
        ConsoleClient.Page detail = police.get("/devices/" + city.deviceA1);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).doesNotContain("id=\"edit-device\"").doesNotContain("id=\"delete-device\"");
        assertThat(police.get("/devices/" + city.deviceB1).status()).as("outside the districts").isEqualTo(404);

        assertThat(police.post("/devices", Map.of("ownerOrganizationId", Long.toString(city.ownerA),
                "serial", "police-made-" + city.token)).status()).isEqualTo(403);
        assertThat(police.post("/devices/" + city.deviceA1 + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(police.post("/devices/" + city.deviceA1, Map.of("ownerOrganizationId",
                Long.toString(city.ownerA), "serial", "changed")).status()).isEqualTo(403);
        assertThat(police.post("/sites", Map.of("organizationId", Long.toString(city.ownerA), "name", "x")).status())
                .isEqualTo(403);
        assertThat(police.get("/devices/new").status()).isEqualTo(403);
        assertThat(police.get("/import").status()).isEqualTo(403);
        assertThat(police.get("/users").status()).isEqualTo(403);
        assertThat(police.get("/audit").status()).isEqualTo(403);
        Api.Response still = Api.admin(port).get("/api/v1/devices/" + city.deviceA1);
        assertThat(still.json().get("serial").asString()).isEqualTo("A1-" + city.token);

        ConsoleClient inspector = ConsoleClient.loggedIn(port, city.inspector, Fixtures.PASSWORD);
        assertThat(inspector.get("/devices?vendor=" + city.vendorB).body()).contains("B1-" + city.token)
                .doesNotContain("id=\"new-device\"");
        assertThat(inspector.post("/devices/" + city.deviceB1 + "/delete", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        ConsoleClient admin = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        String serial = "csrf-" + city.token;
        ConsoleClient.Page refused = admin.postRaw("/devices", Map.of("ownerOrganizationId",
                Long.toString(city.ownerA), "serial", serial));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(Api.admin(port).get("/api/v1/devices?q=" + serial).json().get("total").asLong()).isZero();
        admin.get("/devices/new");
        ConsoleClient.Page accepted = admin.post("/devices", Map.of("ownerOrganizationId",
                Long.toString(city.ownerA), "serial", serial, "kind", "CAMERA"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).matches(".*/devices/\\d+");
    }

    @Test
    void anOwnerSeesOnlyItsOwnDevicesInListsExportsSearchAndDetail() {
        ConsoleClient owner = ConsoleClient.loggedIn(port, city.owner, Fixtures.PASSWORD);
        assertThat(owner.get("/devices").body()).contains("A1-" + city.token, "A2-" + city.token)
                .doesNotContain("B1-" + city.token);
        assertThat(owner.get("/devices/" + city.deviceB1).status()).isEqualTo(404);
        assertThat(owner.get("/search?q=" + city.token).body()).contains("A1-" + city.token)
                .doesNotContain("B1-" + city.token);
        ConsoleClient.Page export = owner.get("/devices/export?format=csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).startsWith("serial,mac,ip,kind").contains("A1-" + city.token)
                .doesNotContain("B1-" + city.token);
    }

    @Test
    void aRefusedFormComesBackWithEachErrorNextToItsFieldAndTheTypedValues() {
        ConsoleClient admin = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        admin.get("/devices/new");
        ConsoleClient.Page refused = admin.post("/devices", Map.of("serial", "", "mac", "zz:zz", "ports", "80, http",
                "vendor", "Typed-" + city.token));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"ports-error\"").contains("value=\"Typed-" + city.token + "\"")
                .contains("aria-invalid=\"true\"");
        // once the text parses, the service's own checks come back under the same field names
        ConsoleClient.Page service = admin.post("/devices", Map.of("serial", "", "mac", "zz:zz", "ports", "80"));
        assertThat(service.status()).isEqualTo(400);
        assertThat(service.body()).contains("id=\"mac-error\"").contains("id=\"ownerOrganizationId-error\"")
                .as("the services' English said in Vietnamese").contains("bắt buộc phải có")
                .contains("&#39;zz:zz&#39; không phải là địa chỉ MAC");
    }

    @Test
    void htmxGetsTheResultsOnlyAndTheFullPageIsTheSameAddress() {
        ConsoleClient admin = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        String path = "/devices?vendor=" + city.vendorB;
        ConsoleClient.Page partial = admin.get(path, Map.of("HX-Request", "true"));
        assertThat(partial.body()).doesNotContain("<html").startsWith("<div id=\"results\"")
                .contains("B1-" + city.token).doesNotContain("A1-" + city.token);
        assertThat(admin.get(path).body()).contains("<html").contains("B1-" + city.token);
        assertThat(admin.get("/devices?ip=10.61.0.0/24", Map.of("HX-Request", "true")).body())
                .contains("A1-" + city.token, "A2-" + city.token).doesNotContain("B1-" + city.token);
        assertThat(admin.get("/devices?ip=not-an-address", Map.of("HX-Request", "true")).body())
                .contains("id=\"filter-errors\"");
    }

    @Test
    void aListNarrowedToASiteSaysSoKeepsItInTheFormAndLeadsBackToTheWholeList() {
        ConsoleClient admin = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        String atSite = admin.get("/devices?siteId=" + city.siteA + "&lang=en").body();
        assertThat(atSite).contains("At site ").contains("name=\"siteId\" value=\"" + city.siteA + "\"")
                .contains("<a href=\"/devices\">Clear filters</a>").contains("A1-" + city.token)
                .doesNotContain("B1-" + city.token);
        assertThat(admin.get("/devices?lang=en").body()).doesNotContain("At site ").doesNotContain("name=\"siteId\"");
        assertThat(admin.get("/sites?lang=en").body()).contains("<a href=\"/sites\">Clear filters</a>");
    }

    @Test
    void everyFieldOfEveryFormHasALabel() {
        ConsoleClient admin = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        Pattern field = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
        Pattern id = Pattern.compile("\\sid=\"([^\"]+)\"");
        for (String path : List.of("/devices", "/devices/new", "/organizations/new", "/sites/new", "/systems/new",
                "/users/new", "/account", "/import", "/audit", "/sites", "/systems", "/organizations")) {
            String page = admin.get(path).body();
            Matcher m = field.matcher(page);
            while (m.find()) {
                String attributes = m.group(2);
                if (attributes.contains("type=\"hidden\"") || attributes.contains("aria-label=")) {
                    continue;
                }
                Matcher i = id.matcher(attributes);
                assertThat(i.find()).as("%s: %s has no id for a label", path, m.group()).isTrue();
                assertThat(page).as("%s: label for %s", path, i.group(1)).contains("<label for=\"" + i.group(1) + "\"");
            }
        }
    }

    @Test
    void noPageRefersToAnotherHost() {
        ConsoleClient admin = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        Pattern external = Pattern.compile("(?:src|href|action|hx-get)=\"((?:https?:)?//[^\"]*)\"");
        for (String path : List.of("/", "/devices", "/devices/" + city.deviceA1, "/devices/new", "/organizations",
                "/sites", "/sites/" + city.siteA, "/systems", "/import", "/users", "/account", "/audit",
                "/search?q=" + city.token, "/login")) {
            ConsoleClient.Page p = admin.get(path);
            assertThat(p.status()).as(path).isEqualTo(200);
            Matcher m = external.matcher(p.body());
            assertThat(m.find()).as(path + " refers to " + (m.hitEnd() ? "" : m.group(1))).isFalse();
        }
    }
}
