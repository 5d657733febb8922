package io.camwarden.findings;

import io.camwarden.domain.Scope;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.check.Severity;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import io.camwarden.registry.device.DeviceRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for findings. Reads join the device and take the caller's scope (ScopeSql.devices). */
@Repository
public class FindingRepository {

    static final Map<String, String> SORTABLE = Map.of("id", "f.id", "checkId", "f.check_id",
            "severity", "f.severity_rank", "status", "f.status", "firstSeen", "f.first_seen", "lastSeen", "f.last_seen",
            "deviceId", "f.device_id", "reopenedCount", "f.reopened_count");

    /** List filters; null fields do not filter. organizationId includes its sub-organisations. */
    public record Filter(Long deviceId, String checkId, Severity severity, FindingStatus status, Long organizationId,
                         Long siteId, Long informationSystemId, String district, Integer securityLevel) {

        public static Filter device(long deviceId) {
            return new Filter(deviceId, null, null, null, null, null, null, null, null);
        }
    }

    private static final String SELECT = "SELECT f.*, c.title AS check_title FROM finding f"
            + " JOIN device d ON d.id = f.device_id"
            + " LEFT JOIN site fs ON fs.id = d.site_id"
            + " LEFT JOIN information_system fi ON fi.id = d.information_system_id"
            + " JOIN rule_set_check c ON c.rule_set_version = f.rule_set_version AND c.check_id = f.check_id";
    private static final String COLUMNS = "device_id, check_id, status, severity, severity_rank, first_seen, last_seen,"
            + " closed_at, reopened_count, latest_outcome, latest_result_id, evidence, rule_set_version, accepted_reason,"
            + " accepted_until, accepted_by, accepted_at, updated_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final EvidenceJson evidence;

    public FindingRepository(JdbcClient jdbc, JdbcTemplate template, EvidenceJson evidence) {
        this.jdbc = jdbc;
        this.template = template;
        this.evidence = evidence;
    }

    public Optional<Finding> find(Scope scope, long id) {
        Where w = ScopeSql.devices(scope, new Where().and("f.id = :id", "id", id));
        return jdbc.sql(SELECT + " WHERE " + w.sql()).params(w.params()).query(this::map).optional();
    }

    public Page<Finding> list(Scope scope, Filter f, PageRequest page) {
        // the device filters and the scope exactly as the device list applies them (same aliases d, fs, fi)
        Where w = DeviceRepository.where(scope, new DeviceRepository.Filter(null, null, null, f.organizationId(),
                f.siteId(), f.informationSystemId(), f.district(), f.securityLevel(), null, null, null, null));
        if (f.deviceId() != null) {
            w.and("f.device_id = :deviceId", "deviceId", f.deviceId());
        }
        if (f.checkId() != null && !f.checkId().isBlank()) {
            w.and("f.check_id = :checkId", "checkId", f.checkId().strip().toUpperCase(Locale.ROOT));
        }
        if (f.severity() != null) {
            w.and("f.severity = :severity", "severity", f.severity().name());
        }
        if (f.status() != null) {
            w.and("f.status = :status", "status", f.status().name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM (" + SELECT + " WHERE " + w.sql() + ") n").params(w.params())
                .query(Long.class).single();
        // ties: the most recently seen first, so the newest of equally severe findings leads the list
        List<Finding> items = jdbc.sql(SELECT + " WHERE " + w.sql() + " ORDER BY " + page.orderBy()
                        + ", f.last_seen DESC, f.id DESC LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * The findings of these devices, locked until the transaction ends, so two assessments of the same device
     * take turns instead of both opening its finding. Without the check title (the caller knows it).
     */
    public List<Finding> lockForDevices(Collection<Long> deviceIds) {
        if (deviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT f.*, NULL AS check_title FROM finding f WHERE f.device_id IN (:ids) FOR UPDATE")
                .param("ids", deviceIds).query(this::map).list();
    }

    public void insertAll(List<Finding> findings) {
        template.batchUpdate("INSERT INTO finding (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", findings, 500, (ps, f) -> bind(ps, f));
    }

    public void updateAll(List<Finding> findings) {
        template.batchUpdate("UPDATE finding SET device_id = ?, check_id = ?, status = ?, severity = ?, severity_rank = ?,"
                + " first_seen = ?, last_seen = ?, closed_at = ?, reopened_count = ?, latest_outcome = ?,"
                + " latest_result_id = ?, evidence = ?, rule_set_version = ?, accepted_reason = ?, accepted_until = ?,"
                + " accepted_by = ?, accepted_at = ?, updated_at = ? WHERE id = ?", findings, 500, (ps, f) -> {
                    int n = bind(ps, f);
                    ps.setLong(n, f.id());
                });
    }

    public void acceptRisk(long id, FindingStatus status, Finding.RiskAcceptance a, Instant now) {
        jdbc.sql("UPDATE finding SET status = :status, accepted_reason = :reason, accepted_until = :until,"
                        + " accepted_by = :by, accepted_at = :at, updated_at = :now WHERE id = :id")
                .param("status", status.name()).param("reason", a == null ? null : a.reason())
                .param("until", a == null ? null : a.until()).param("by", a == null ? null : a.by())
                .param("at", a == null ? null : Sql.utc(a.at())).param("now", Sql.utc(now)).param("id", id).update();
    }

    /** Binds the columns in {@link #COLUMNS} order; returns the next parameter index. */
    private int bind(PreparedStatement ps, Finding f) throws SQLException {
        int n = 1;
        ps.setLong(n++, f.deviceId());
        ps.setString(n++, f.checkId());
        ps.setString(n++, f.status().name());
        ps.setString(n++, f.severity().name());
        ps.setInt(n++, f.severity().rank());
        ps.setObject(n++, Sql.utc(f.firstSeen()));
        ps.setObject(n++, Sql.utc(f.lastSeen()));
        time(ps, n++, f.closedAt());
        ps.setInt(n++, f.reopenedCount());
        ps.setString(n++, f.latestOutcome().name());
        if (f.latestResultId() == null) {
            ps.setNull(n++, Types.BIGINT);
        } else {
            ps.setLong(n++, f.latestResultId());
        }
        ps.setString(n++, evidence.write(f.evidence()));
        ps.setInt(n++, f.ruleSetVersion());
        Finding.RiskAcceptance a = f.riskAcceptance();
        ps.setString(n++, a == null ? null : a.reason());
        ps.setObject(n++, a == null ? null : a.until(), Types.DATE);
        ps.setString(n++, a == null ? null : a.by());
        time(ps, n++, a == null ? null : a.at());
        ps.setObject(n++, Sql.utc(f.updatedAt()));
        return n;
    }

    private static void time(PreparedStatement ps, int n, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(n, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(n, Sql.utc(t));
        }
    }

    Finding map(ResultSet rs, int n) throws SQLException {
        LocalDate until = Sql.date(rs, "accepted_until");
        Finding.RiskAcceptance a = until == null ? null : new Finding.RiskAcceptance(rs.getString("accepted_reason"),
                until, rs.getString("accepted_by"), Sql.instant(rs, "accepted_at"));
        return new Finding(rs.getLong("id"), rs.getLong("device_id"), rs.getString("check_id"),
                rs.getString("check_title"), FindingStatus.valueOf(rs.getString("status")),
                Severity.valueOf(rs.getString("severity")), Sql.instant(rs, "first_seen"), Sql.instant(rs, "last_seen"),
                Sql.instant(rs, "closed_at"), rs.getInt("reopened_count"), Outcome.valueOf(rs.getString("latest_outcome")),
                Sql.longOrNull(rs, "latest_result_id"), evidence.read(rs.getString("evidence")),
                rs.getInt("rule_set_version"), a, Sql.instant(rs, "updated_at"));
    }
}
