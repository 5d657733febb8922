package io.camwarden.findings;

import io.camwarden.checks.credential.CredentialCandidate;
import io.camwarden.checks.credential.CredentialVault;
import io.camwarden.checks.network.LiveEvidence;
import io.camwarden.checks.network.NetworkEvidence;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.Assessment;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.reconcile.ScanIngestService;
import io.camwarden.registry.Sql;
import io.camwarden.scan.ScanJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes the output of `camwarden audit --server`: per host, its scan report and the evidence of the live tests.
 * Hosts are reconciled with the registry like a scan upload; the matched devices are then assessed with every
 * check of the active rule set, network checks included, and findings follow their life cycle. Credentials the
 * audit found are sealed in the vault before anything is stored.
 */
@Service
public class AuditUploadService {

    private static final int MAX_LINE = 4 << 20;

    private final ScanIngestService scans;
    private final AssessmentService assessments;
    private final CredentialVault vault;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public AuditUploadService(ScanIngestService scans, AssessmentService assessments, CredentialVault vault,
                              JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.scans = scans;
        this.assessments = assessments;
        this.vault = vault;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public AuditUploadReport upload(Caller caller, InputStream in, String source) throws IOException {
        List<HostReport> hosts = new ArrayList<>();
        Map<String, LiveEvidence> live = new LinkedHashMap<>();
        List<AuditUploadReport.Rejected> rejected = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        long n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > MAX_LINE) {
                rejected.add(new AuditUploadReport.Rejected(n, "line longer than " + MAX_LINE + " characters"));
                continue;
            }
            try {
                JsonNode node = json.readTree(line);
                HostReport host = ScanJson.fromJson(node.get("host"));
                LiveEvidence evidence = node.hasNonNull("live") ? json.treeToValue(node.get("live"), LiveEvidence.class)
                        : LiveEvidence.NONE;
                hosts.add(host);
                live.put(host.ip(), evidence);
            } catch (RuntimeException e) {
                rejected.add(new AuditUploadReport.Rejected(n, "not an audit line ({\"host\": ..., \"live\": ...}): "
                        + e.getMessage()));
            }
        }
        ScanIngestService.Reconciled reconciled = scans.reconcile(caller, hosts, source);
        Map<Long, NetworkEvidence> byDevice = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (HostReport h : hosts) {
            Long device = reconciled.deviceByIp().get(h.ip());
            if (device == null) {
                unmatched.add(h.ip());
            } else {
                byDevice.put(device, new NetworkEvidence(h, live.get(h.ip())));
            }
        }
        // sealed before the assessment, so that AUTH-06 compares this upload's finds with the rest of the fleet
        fingerprintOlderFinds();
        int sealed = 0;
        List<Long> sealedOn = new ArrayList<>();
        for (var e : byDevice.entrySet()) {
            var audit = e.getValue().live().credentials();
            if (audit != null && audit.found() != null) {
                seal(e.getKey(), audit.found(), audit.foundOn().protocol().label(), audit.foundOn().port());
                sealedOn.add(e.getKey());
                sealed++;
            } else if (audit != null && audit.stop() == io.camwarden.checks.credential.CredentialAuditResult.Stop.EXHAUSTED) {
                // every candidate was tried and none works any more: what was found before is no longer true
                jdbc.sql("DELETE FROM found_credential WHERE device_id = :d").param("d", e.getKey()).update();
            }
        }
        Assessment assessment = byDevice.isEmpty() ? null : assessments.runNetwork(caller, source, byDevice);
        if (assessment != null && !sealedOn.isEmpty()) {
            jdbc.sql("UPDATE found_credential SET assessment_id = :a WHERE assessment_id IS NULL AND device_id IN (:ds)")
                    .param("a", assessment.id()).param("ds", sealedOn).update();
        }
        return new AuditUploadReport(reconciled.report(), assessment, sealed, unmatched, rejected);
    }

    /** Found credentials stored before fingerprints existed (V50) get theirs, from their sealed value. */
    private void fingerprintOlderFinds() {
        record Old(long device, String protocol, int port, String username, String sealed) {
        }
        List<Old> old = jdbc.sql("SELECT device_id, protocol, port, username, sealed_password FROM found_credential"
                        + " WHERE fingerprint IS NULL")
                .query((rs, n) -> new Old(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
        for (Old o : old) {
            String fp;
            try {
                fp = vault.fingerprint(o.username(), vault.decrypt(o.sealed()));
            } catch (IllegalArgumentException otherKey) {
                continue; // sealed under another key: it cannot be compared, and stays as it is
            }
            jdbc.sql("UPDATE found_credential SET fingerprint = :fp WHERE device_id = :d AND protocol = :p AND port = :port")
                    .param("fp", fp).param("d", o.device()).param("p", o.protocol()).param("port", o.port()).update();
        }
    }

    private void seal(long deviceId, CredentialCandidate c, String protocol, int port) {
        Instant now = Instant.now(clock);
        jdbc.sql("DELETE FROM found_credential WHERE device_id = :d AND protocol = :p AND port = :port")
                .param("d", deviceId).param("p", protocol).param("port", port).update();
        jdbc.sql("INSERT INTO found_credential (device_id, protocol, port, username, sealed_password, password_hint,"
                        + " kind, source, found_at, assessment_id, fingerprint) VALUES (:d, :p, :port, :u, :sealed, :hint,"
                        + " :kind, :source, :at, NULL, :fp)")
                .param("d", deviceId).param("p", protocol).param("port", port).param("u", c.username())
                .param("sealed", vault.encrypt(c.password())).param("hint", CredentialCandidate.mask(c.password()))
                .param("kind", c.kind().name()).param("source", c.reason()).param("at", Sql.utc(now))
                .param("fp", vault.fingerprint(c.username(), c.password())).update();
    }
}
