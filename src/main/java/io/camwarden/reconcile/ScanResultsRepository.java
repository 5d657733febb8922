package io.camwarden.reconcile;

import io.camwarden.domain.net.IpAddresses;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.registry.Sql;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for scan runs, observed identities and rogue candidates. */
@Repository
public class ScanResultsRepository {

    private final JdbcClient jdbc;

    public ScanResultsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A scan upload as listed. */
    public record ScanRun(long id, String source, String uploadedBy, Instant uploadedAt, int hosts, int matched,
                          int drift, int rogue, int rejected) {
    }

    /** A camera-like host that matches no registered device. */
    public record RogueCandidate(long id, String ip, String status, Instant firstSeen, Instant lastSeen,
                                 long firstScanId, long lastScanId, String vendor, String model, String firmware,
                                 String deviceKind, String cpe, String services, String resolution,
                                 Long resolvedDeviceId) {
    }

    /** The latest identity a scan observed for a registered device. */
    public record Observation(long deviceId, long scanId, Instant seenAt, String matchedBy, String ip, String vendor,
                              String model, String firmware, String serial, String deviceKind, String cpe,
                              String services) {
    }

    public io.camwarden.registry.Page<ScanRun> runs(int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM scan_run").query(Long.class).single();
        var items = jdbc.sql("SELECT * FROM scan_run ORDER BY id DESC LIMIT :l OFFSET :o").param("l", size)
                .param("o", (long) page * size)
                .query((rs, n) -> new ScanRun(rs.getLong("id"), rs.getString("source"), rs.getString("uploaded_by"),
                        Sql.instant(rs, "uploaded_at"), rs.getInt("hosts"), rs.getInt("matched"), rs.getInt("drift"),
                        rs.getInt("rogue"), rs.getInt("rejected"))).list();
        return new io.camwarden.registry.Page<>(items, page, size, total);
    }

    public io.camwarden.registry.Page<RogueCandidate> candidates(String status, int page, int size) {
        String where = status == null ? "" : " WHERE status = :status";
        var count = jdbc.sql("SELECT COUNT(*) FROM rogue_candidate" + where);
        var list = jdbc.sql("SELECT * FROM rogue_candidate" + where + " ORDER BY ip_key LIMIT :l OFFSET :o");
        if (status != null) {
            count = count.param("status", status);
            list = list.param("status", status);
        }
        long total = count.query(Long.class).single();
        var items = list.param("l", size).param("o", (long) page * size).query(ScanResultsRepository::candidate).list();
        return new io.camwarden.registry.Page<>(items, page, size, total);
    }

    public Optional<RogueCandidate> candidate(long id) {
        return jdbc.sql("SELECT * FROM rogue_candidate WHERE id = :id").param("id", id)
                .query(ScanResultsRepository::candidate).optional();
    }

    void setCandidateStatus(long id, String status, String resolution) {
        jdbc.sql("UPDATE rogue_candidate SET status = :s, resolution = :r WHERE id = :id").param("s", status)
                .param("r", resolution).param("id", id).update();
    }

    public Optional<Observation> observation(long deviceId) {
        return jdbc.sql("SELECT * FROM device_observation WHERE device_id = :d").param("d", deviceId)
                .query((rs, n) -> new Observation(rs.getLong("device_id"), rs.getLong("scan_id"),
                        Sql.instant(rs, "seen_at"), rs.getString("matched_by"), rs.getString("ip"),
                        rs.getString("vendor"), rs.getString("model"), rs.getString("firmware"),
                        rs.getString("serial"), rs.getString("device_kind"), rs.getString("cpe"),
                        rs.getString("services"))).optional();
    }

    private static RogueCandidate candidate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RogueCandidate(rs.getLong("id"), rs.getString("ip"), rs.getString("status"),
                Sql.instant(rs, "first_seen"), Sql.instant(rs, "last_seen"), rs.getLong("first_scan_id"),
                rs.getLong("last_scan_id"), rs.getString("vendor"), rs.getString("model"), rs.getString("firmware"),
                rs.getString("device_kind"), rs.getString("cpe"), rs.getString("services"),
                rs.getString("resolution"), Sql.longOrNull(rs, "resolved_device_id"));
    }

    long startRun(String source, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO scan_run (source, uploaded_by, uploaded_at, hosts, matched, drift, rogue, rejected)"
                        + " VALUES (:source, :by, :at, 0, 0, 0, 0, 0)")
                .param("source", source).param("by", by).param("at", Sql.utc(at)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void finishRun(long id, ScanIngestReport r) {
        jdbc.sql("UPDATE scan_run SET hosts = :h, matched = :m, drift = :d, rogue = :r, rejected = :x WHERE id = :id")
                .param("h", r.hosts()).param("m", r.matched()).param("d", r.driftApplied() + r.driftNotApplied())
                .param("r", r.rogueCandidates()).param("x", r.rejected().size()).param("id", id).update();
    }

    void saveObservation(long deviceId, long scanId, Instant at, DeviceMatch.By by, HostReport r, String json) {
        jdbc.sql("DELETE FROM device_observation WHERE device_id = :d").param("d", deviceId).update();
        jdbc.sql("INSERT INTO device_observation (device_id, scan_id, seen_at, matched_by, ip, vendor, model, firmware,"
                        + " serial, device_kind, cpe, services, report) VALUES (:d, :s, :at, :by, :ip, :vendor, :model,"
                        + " :firmware, :serial, :kind, :cpe, :services, :report)")
                .param("d", deviceId).param("s", scanId).param("at", Sql.utc(at)).param("by", by.name())
                .param("ip", r.ip()).param("vendor", ObservedIdentity.value(r.identity().vendor(), 0))
                .param("model", ObservedIdentity.value(r.identity().model(), 0))
                .param("firmware", ObservedIdentity.value(r.identity().firmware(), 0))
                .param("serial", ObservedIdentity.value(r.identity().serial(), 0))
                .param("kind", ObservedIdentity.kind(r)).param("cpe", r.identity().cpe())
                .param("services", ObservedIdentity.services(r)).param("report", json).update();
    }

    /** Marks an open candidate at this address as registered, now that a device answers for it. */
    void resolveCandidate(String ip, long deviceId) {
        jdbc.sql("UPDATE rogue_candidate SET status = 'REGISTERED', resolved_device_id = :d,"
                        + " resolution = 'matched to a registered device by a later scan' WHERE ip = :ip AND status = 'OPEN'")
                .param("d", deviceId).param("ip", ip).update();
    }

    /** Records or refreshes the candidate at this address; one that was registered and is unmatched again reopens. */
    void upsertCandidate(long scanId, Instant at, HostReport r, String json) {
        Optional<String> status = jdbc.sql("SELECT status FROM rogue_candidate WHERE ip = :ip").param("ip", r.ip())
                .query(String.class).optional();
        var p = new java.util.HashMap<String, Object>();
        p.put("ip", r.ip());
        p.put("key", IpAddresses.key(IpAddresses.parse(r.ip())));
        p.put("at", Sql.utc(at));
        p.put("scan", scanId);
        p.put("vendor", ObservedIdentity.value(r.identity().vendor(), 0));
        p.put("model", ObservedIdentity.value(r.identity().model(), 0));
        p.put("firmware", ObservedIdentity.value(r.identity().firmware(), 0));
        p.put("kind", ObservedIdentity.kind(r));
        p.put("cpe", r.identity().cpe());
        p.put("services", ObservedIdentity.services(r));
        p.put("report", json);
        if (status.isEmpty()) {
            jdbc.sql("INSERT INTO rogue_candidate (ip, ip_key, status, first_seen, last_seen, first_scan_id,"
                    + " last_scan_id, vendor, model, firmware, device_kind, cpe, services, report) VALUES (:ip, :key,"
                    + " 'OPEN', :at, :at, :scan, :scan, :vendor, :model, :firmware, :kind, :cpe, :services, :report)")
                    .params(p).update();
        } else {
            jdbc.sql("UPDATE rogue_candidate SET last_seen = :at, last_scan_id = :scan, vendor = :vendor,"
                    + " model = :model, firmware = :firmware, device_kind = :kind, cpe = :cpe, services = :services,"
                    + " report = :report, status = CASE WHEN status = 'REGISTERED' THEN 'OPEN' ELSE status END"
                    + " WHERE ip = :ip").params(p).update();
        }
    }
}
