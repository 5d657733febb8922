package io.camwarden.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.checks.credential.CredentialAttempt;
import io.camwarden.checks.credential.CredentialAuditResult;
import io.camwarden.checks.credential.CredentialCandidate;
import io.camwarden.checks.network.LiveEvidence;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.scan.ScanJson;
import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@CamWardenTest
class AuditUploadTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static String line(String ip, LiveEvidence live) {
        HostReport host = new HostReport(ip, Instant.now(), List.of(new Service(554, ServiceProtocol.RTSP, List.of())),
                Identity.UNKNOWN, null);
        return Api.json(Map.of("host", ScanJson.toMap(host), "live", live));
    }

    private static LiveEvidence withDefaultFound() {
        CredentialCandidate c = new CredentialCandidate("admin", "12345", Set.of(ServiceProtocol.RTSP),
                CredentialCandidate.Kind.VENDOR_DEFAULT, "default of Hikvision (high confidence; vendor manual)");
        CredentialAttempt a = new CredentialAttempt(ServiceProtocol.RTSP, 554, "admin", AuthOutcome.ACCEPTED, 200,
                List.of(), "DESCRIBE /Streaming/Channels/101");
        return new LiveEvidence(List.of(new LiveEvidence.Stream(554, false, null, null, "/Streaming/Channels/101",
                List.of("Digest"))), List.of(), List.of(), List.of(), List.of(),
                new CredentialAuditResult(List.of(a), CredentialAuditResult.Stop.FOUND, "admin accepted", c, a, 1, 0, 0));
    }

    private static LiveEvidence withNothingFound() {
        CredentialAttempt a = new CredentialAttempt(ServiceProtocol.RTSP, 554, "admin", AuthOutcome.REJECTED, 401,
                List.of(), "DESCRIBE /Streaming/Channels/101");
        return new LiveEvidence(List.of(new LiveEvidence.Stream(554, false, null, null, "/Streaming/Channels/101",
                List.of("Digest"))), List.of(), List.of(), List.of(), List.of(),
                new CredentialAuditResult(List.of(a), CredentialAuditResult.Stop.EXHAUSTED, "none", null, null, 1, 1, 0));
    }

    @Test
    void anAuditOpensFindingsWithTheDevicesSeverityAndSealsTheFoundPassword() {
        Fixtures fx = new Fixtures(port);
        Api admin = Api.admin(port);
        long owner = fx.organization(Fixtures.unique("Audit owner"), "OWNER", null);
        long system = fx.informationSystem(owner, Fixtures.unique("Audited system"), 4);
        String ip = "10.93." + (port % 250) + ".5";
        long device = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial", "AUD-" + port,
                "addresses", List.of(ip), "informationSystemId", system)).id();

        Api.Response r = admin.send("POST", "/api/v1/audits?source=test", "application/x-ndjson",
                line(ip, withDefaultFound()) + "\n" + line("10.93." + (port % 250) + ".99", withDefaultFound()) + "\nnot json\n");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("scan").get("matched").asInt()).isEqualTo(1);
        assertThat(report.get("unmatchedHosts").get(0).asString()).endsWith(".99");
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("credentialsSealed").asInt()).isEqualTo(1);
        assertThat(report.get("assessment").get("id").asLong()).isPositive();

        JsonNode findings = admin.get("/api/v1/devices/" + device + "/findings").json();
        JsonNode auth01 = null;
        for (JsonNode f : findings.has("items") ? findings.get("items") : findings) {
            if (f.get("checkId").asString().equals("AUTH-01")) {
                auth01 = f;
            }
        }
        assertThat(auth01).as(findings.toString()).isNotNull();
        assertThat(auth01.get("status").asString()).isEqualTo("OPEN");
        assertThat(auth01.toString()).doesNotContain("12345");

        JsonNode creds = admin.get("/api/v1/devices/" + device + "/credentials").json();
        assertThat(creds.get(0).get("username").asString()).isEqualTo("admin");
        assertThat(creds.get(0).get("password").asString()).startsWith("1").doesNotContain("12345");
        String sealed = jdbc.sql("SELECT sealed_password FROM found_credential WHERE device_id = :d").param("d", device)
                .query(String.class).single();
        assertThat(sealed).startsWith("v1:").doesNotContain("12345");

        // the owner changed the password: the next audit closes the finding
        admin.send("POST", "/api/v1/audits", "application/x-ndjson", line(ip, withNothingFound()));
        JsonNode after = admin.get("/api/v1/devices/" + device + "/findings").json();
        for (JsonNode f : after.has("items") ? after.get("items") : after) {
            if (f.get("checkId").asString().equals("AUTH-01")) {
                assertThat(f.get("status").asString()).isEqualTo("CLOSED");
            }
        }
    }

    @Test
    void ownersCannotUploadAudits() {
        Fixtures fx = new Fixtures(port);
        Api owner = fx.user("OWNER", fx.organization(Fixtures.unique("Audit org"), "OWNER", null), null);
        assertThat(owner.send("POST", "/api/v1/audits", "application/x-ndjson", line("10.94.0.1", withNothingFound()))
                .status()).isEqualTo(403);
    }
}
