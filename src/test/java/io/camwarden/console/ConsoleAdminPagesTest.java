package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's write pages over plain HTTP: each goes through its service (which checks and audits), a
 * refused form names the field, and what was written shows where a user would look for it.
 */
@CamWardenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAdminPagesTest {

    @LocalServerPort
    int port;
    ConsoleCity city;
    ConsoleClient admin;

    @BeforeAll
    void city() {
        city = new ConsoleCity(port);
        admin = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
    }

    @Test
    void administratorsCreateUsersAndDisabledUsersCannotLogIn() {
        String name = "officer-" + city.token;
        admin.get("/users/new");
        ConsoleClient.Page noDistrict = admin.post("/users", Map.of("username", name, "password", "long-enough-1",
                "role", "POLICE", "enabled", "true"));
        assertThat(noDistrict.status()).isEqualTo(400);
        assertThat(noDistrict.body()).contains("id=\"districts-error\"").contains("value=\"" + name + "\"");
        ConsoleClient.Page created = admin.post("/users", Map.of("username", name, "password", "long-enough-1",
                "role", "POLICE", "districts", city.districtA + "\n", "enabled", "true"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(ConsoleClient.loggedIn(port, name, "long-enough-1").get("/devices").body())
                .contains("A1-" + city.token).doesNotContain("B1-" + city.token);

        String list = admin.get("/users").body();
        Matcher row = Pattern.compile("data-username=\"" + Pattern.quote(name) + "\".*?/users/(\\d+)/enabled",
                Pattern.DOTALL).matcher(list);
        assertThat(row.find()).isTrue();
        assertThat(admin.post("/users/" + row.group(1) + "/enabled", Map.of("enabled", "false")).status()).isEqualTo(302);
        assertThat(new ConsoleClient(port).login(name, "long-enough-1").location()).endsWith("/login?error");
        assertThat(ConsoleClient.loggedIn(port, city.owner, Fixtures.PASSWORD).get("/users/new").status())
                .isEqualTo(403);
    }

    @Test
    void aTokenSecretIsShownOnceAndRevokingItEndsIt() {
        ConsoleClient owner = ConsoleClient.loggedIn(port, city.owner, Fixtures.PASSWORD);
        owner.get("/account");
        ConsoleClient.Page created = owner.post("/account/tokens", Map.of("name", "script-" + city.token,
                "validDays", "30"));
        Matcher secret = Pattern.compile("id=\"token-secret\">(cwt_[^<]+)<").matcher(created.body());
        assertThat(secret.find()).as(created.body()).isTrue();
        Api asToken = Api.anonymous(port).withToken(secret.group(1));
        assertThat(asToken.get("/api/v1/users/me").json().get("username").asString()).isEqualTo(city.owner);
        String account = owner.get("/account").body();
        assertThat(account).contains("script-" + city.token).doesNotContain(secret.group(1));

        Matcher revoke = Pattern.compile("/account/tokens/(\\d+)/revoke").matcher(account);
        assertThat(revoke.find()).isTrue();
        assertThat(owner.post("/account/tokens/" + revoke.group(1) + "/revoke", Map.of()).status()).isEqualTo(302);
        assertThat(asToken.get("/api/v1/users/me").status()).isEqualTo(401);

        assertThat(owner.post("/account/tokens", Map.of("name", "", "validDays", "0")).body())
                .contains("id=\"name-error\"");
    }

    @Test
    void usersChangeTheirOwnPasswordOnlyKnowingTheCurrentOne() {
        String name = "changer-" + city.token;
        Api.admin(port).post("/api/v1/users", Map.of("username", name, "password", Fixtures.PASSWORD, "role", "OWNER",
                "organizationId", city.ownerA));
        ConsoleClient user = ConsoleClient.loggedIn(port, name, Fixtures.PASSWORD);
        user.get("/account");
        assertThat(user.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", "new-password-1", "repeatPassword", "other-password-1")).body())
                .contains("id=\"repeatPassword-error\"");
        assertThat(user.post("/account/password", Map.of("currentPassword", "wrong", "newPassword", "new-password-1",
                "repeatPassword", "new-password-1")).body()).contains("id=\"currentPassword-error\"");
        assertThat(user.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", "new-password-1", "repeatPassword", "new-password-1")).status()).isEqualTo(302);
        assertThat(new ConsoleClient(port).login(name, "new-password-1").location()).doesNotContain("error");
    }

    @Test
    void editingADeviceShowsInItsHistoryWithWhoAndWhat() {
        long id = city.deviceB1;
        String edit = admin.get("/devices/" + id + "/edit").body();
        assertThat(edit).contains("value=\"B1-" + city.token + "\"");
        ConsoleClient.Page saved = admin.post("/devices/" + id, Map.of("kind", "CAMERA", "vendor", city.vendorB,
                "model", "M-B1-" + city.token, "serial", "B1-" + city.token, "addresses", "10.62.0.1, 10.62.0.9",
                "firmware", "V5.7.3", "ownerOrganizationId", Long.toString(city.ownerB),
                "siteId", Long.toString(city.siteB), "version", "1"));
        assertThat(saved.status()).isEqualTo(302);
        String detail = admin.get(saved.location().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(detail).contains("Đã lưu.").contains("10.62.0.9");
        String history = detail.substring(detail.indexOf("id=\"history\""));
        assertThat(history).contains("Firmware").contains("V5.7.3").contains(">admin<");

        String site = "Moved site " + city.token;
        long other = created(Api.admin(port).post("/api/v1/sites", Map.of("organizationId", city.ownerB, "name", site)));
        admin.get("/devices/" + id + "/edit");
        admin.post("/devices/" + id, Map.of("kind", "CAMERA", "serial", "B1-" + city.token,
                "ownerOrganizationId", Long.toString(city.ownerB), "siteId", Long.toString(other)));
        assertThat(admin.get("/devices/" + id).body()).as("history names the sites, not their numbers")
                .contains(">" + site + "<");

        assertThat(admin.post("/devices/" + id, Map.of("serial", "B1-" + city.token, "ownerOrganizationId",
                Long.toString(city.ownerB), "version", "1")).status())
                .as("a stale version is a conflict, not an overwrite").isEqualTo(409);
    }

    private static long created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    @Test
    void organizationsFormATreeOpenedLevelByLevel() {
        admin.get("/organizations/new");
        ConsoleClient.Page bad = admin.post("/organizations", Map.of("name", "Bad contact " + city.token, "kind", "OWNER",
                "contactName", "Nguyễn Văn A", "contactEmail", "not-an-address", "contactLanguage", "vi"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"contacts[0].email-error\"").contains("value=\"Nguyễn Văn A\"");

        String tree = admin.get("/organizations").body();
        assertThat(tree).contains(city.ownerAName);
        String children = admin.get("/organizations/" + city.ownerA + "/children", Map.of("HX-Request", "true")).body();
        assertThat(children).startsWith("<ul").contains(city.branchAName);
        assertThat(ConsoleClient.loggedIn(port, city.owner, Fixtures.PASSWORD).get("/organizations").body())
                .contains(city.ownerAName).doesNotContain("Owner B");
    }

    @Test
    void sitesAndSystemsNameTheFieldThatIsWrong() {
        admin.get("/sites/new");
        ConsoleClient.Page site = admin.post("/sites", Map.of("organizationId", Long.toString(city.ownerA),
                "name", "Half a place", "latitude", "10.7"));
        assertThat(site.status()).isEqualTo(400);
        assertThat(site.body()).contains("id=\"longitude-error\"").contains("hãy nhập cả vĩ độ và kinh độ");
        ConsoleClient.Page system = admin.post("/systems", Map.of("organizationId", Long.toString(city.ownerA),
                "name", "Too secure", "securityLevel", "7"));
        assertThat(system.status()).isEqualTo(400);
        assertThat(system.body()).contains("id=\"securityLevel-error\"").contains("phải là cấp độ từ 1 đến 5");
    }

    @Test
    void deletingAsksFirstAndSaysWhatStillRefersToTheRecord() {
        assertThat(admin.get("/sites/" + city.siteA + "/delete").body()).contains("id=\"confirm-delete\"");
        ConsoleClient.Page refused = admin.post("/sites/" + city.siteA + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"delete-refused\"");
        long device = city.deviceA2;
        admin.get("/devices/" + device + "/delete");
        assertThat(admin.post("/devices/" + device + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(admin.get("/devices/" + device).status()).isEqualTo(404);
    }

    @Test
    void theAuditLogListsChangesAndChecksItsChain() {
        String page = admin.get("/audit?action=device.*").body();
        assertThat(page).contains("device.create").doesNotContain(">login<");
        String verified = admin.get("/audit/verify", Map.of("HX-Request", "true")).body();
        assertThat(verified).startsWith("<div id=\"verification\"").contains("id=\"chain-intact\"");
        assertThat(ConsoleClient.loggedIn(port, city.inspector, Fixtures.PASSWORD).get("/audit/verify").status())
                .isEqualTo(403);
    }
}
