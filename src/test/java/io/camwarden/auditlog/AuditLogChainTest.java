package io.camwarden.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Cli;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

@CamWardenTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD) // each test breaks the chain on purpose
class AuditLogChainTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.datasource.url}")
    String dbUrl;
    @Value("${spring.datasource.username}")
    String dbUser;

    @Test
    void writesAndLoginsAreChainedAndTamperingIsNamedByTheCli() {
        Api admin = Api.admin(port);
        // the server context is shared with other test classes: find our rows by the ids we created
        List<Long> created = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Api.Response r = admin.post("/api/v1/organizations", Map.of("name", "Chained org " + i, "kind", "OWNER"));
            assertThat(r.status()).isEqualTo(201);
            created.add(r.id());
        }
        assertThat(Api.anonymous(port).as("admin", "wrong-password").get("/api/v1/organizations").status())
                .isEqualTo(401);

        List<String> actions = jdbc.sql("SELECT action || ':' || outcome FROM audit_log ORDER BY seq")
                .query(String.class).list();
        assertThat(actions).contains("organization.create:SUCCESS", "login:FAILURE", "login:SUCCESS");
        long rows = actions.size();

        Cli ok = verify();
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("audit log intact: " + rows + " rows");

        long victim = jdbc.sql("SELECT seq FROM audit_log WHERE action = 'organization.create' AND target_id = :id")
                .param("id", String.valueOf(created.get(2))).query(Long.class).single();
        jdbc.sql("UPDATE audit_log SET detail = REPLACE(detail, 'Chained org 2', 'Chained org X') WHERE seq = :s")
                .param("s", victim).update();

        Cli broken = verify();
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("audit log BROKEN at row " + victim + ":").contains("was altered");
    }

    @Test
    void deletingTheLastRowsIsNoticedThroughTheHead() {
        // a fresh row at the end, then remove it: content of the remaining rows still checks out
        Api.admin(port).post("/api/v1/organizations", Map.of("name", "Tail org", "kind", "OWNER"));
        long last = jdbc.sql("SELECT MAX(seq) FROM audit_log").query(Long.class).single();
        jdbc.sql("DELETE FROM audit_log WHERE seq = :s").param("s", last).update();
        AuditLogVerifier.Verification v = new AuditLogVerifier(jdbc).verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.reason()).contains("rows at the end were removed");
    }

    private Cli verify() {
        return Cli.run("audit-log", "verify", "--db-url", dbUrl, "--db-user", dbUser);
    }
}
