package io.camwarden.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@CamWardenTest
class AccessTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void repeatedFailedLoginsLockTheAccountEvenForTheRightPassword() {
        Fixtures fx = new Fixtures(port);
        long org = fx.organization(Fixtures.unique("Throttle org"), "OWNER", null);
        String username = Fixtures.unique("victim").replace(' ', '.');
        Api.admin(port).post("/api/v1/users", Map.of("username", username, "password", Fixtures.PASSWORD,
                "role", "OWNER", "organizationId", org));
        Api right = Api.anonymous(port).as(username, Fixtures.PASSWORD);
        assertThat(right.get("/api/v1/users/me").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.anonymous(port).as(username, "wrong-" + i).get("/api/v1/users/me").status()).isEqualTo(401);
        }
        Api.Response locked = right.get("/api/v1/users/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("detail").asString()).startsWith("too many failed logins: try again in");
        List<String> outcomes = jdbc.sql("SELECT outcome FROM audit_log WHERE action = 'login' AND actor = :u ORDER BY seq")
                .param("u", username).query(String.class).list();
        assertThat(outcomes).containsSequence("FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "DENIED");
    }

    @Test
    void tokensAuthenticateUntilRevokedAndAreStoredOnlyAsHashes() {
        Api admin = Api.anonymous(port).as(Api.ADMIN, Api.ADMIN_PASSWORD);
        JsonNode created = admin.post("/api/v1/tokens", Map.of("name", "prometheus", "validDays", 30)).json();
        String secret = created.get("secret").asString();
        long id = created.get("token").get("id").asLong();
        assertThat(secret).startsWith("cwt_");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :s OR prefix = :s").param("s", secret)
                .query(Long.class).single()).isZero();

        Api bearer = Api.anonymous(port).withToken(secret);
        assertThat(bearer.get("/api/v1/users/me").json().get("username").asString()).isEqualTo("admin");
        assertThat(bearer.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/tokens").json().toString()).doesNotContain(secret);

        assertThat(admin.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(bearer.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).withToken("cwt_forged").get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsManageUsersAndPoliceNeedDistricts() {
        Fixtures fx = new Fixtures(port);
        long org = fx.organization(Fixtures.unique("Users org"), "OWNER", null);
        Api owner = fx.user("OWNER", org, null);
        assertThat(owner.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(owner.post("/api/v1/users", Map.of("username", "x-" + port, "password", "long-enough-1",
                "role", "ADMIN")).status()).isEqualTo(403);

        Api.Response bad = Api.admin(port).post("/api/v1/users", Map.of("username", "p", "password", "short",
                "role", "police"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("username", "password", "districts");
        Api.Response ispInOwnerOrg = Api.admin(port).post("/api/v1/users", Map.of("username",
                "isp-" + System.nanoTime(), "password", "long-enough-1", "role", "ISP", "organizationId", org));
        assertThat(ispInOwnerOrg.json().get("errors").get(0).get("message").asString())
                .contains("organization of kind ISP");
    }

    @Test
    void healthIsPublicButMetricsAndApiAreNot() {
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        Api.Response api = anonymous.get("/api/v1/devices");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Fixtures fx = new Fixtures(port);
        Api owner = fx.user("OWNER", fx.organization(Fixtures.unique("Metrics org"), "OWNER", null), null);
        assertThat(owner.get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(anonymous.get("/v3/api-docs").json().get("paths").has("/api/v1/devices/import")).isTrue();
    }

    @Test
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() {
        Fixtures fx = new Fixtures(port);
        long org = fx.organization(Fixtures.unique("Password org"), "OWNER", null);
        String username = Fixtures.unique("pw").replace(' ', '.');
        Api.admin(port).post("/api/v1/users", Map.of("username", username, "password", Fixtures.PASSWORD,
                "role", "OWNER", "organizationId", org));
        Api user = Api.anonymous(port).as(username, Fixtures.PASSWORD);
        assertThat(user.put("/api/v1/users/me/password", Map.of("currentPassword", "nope",
                "newPassword", "new-password-2")).status()).isEqualTo(400);
        assertThat(user.put("/api/v1/users/me/password", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", "new-password-2")).status()).isEqualTo(204);
        assertThat(Api.anonymous(port).as(username, "new-password-2").get("/api/v1/users/me").status()).isEqualTo(200);
    }
}
