package io.camwarden.findings;

import io.camwarden.domain.Scope;
import io.camwarden.domain.check.CheckResult;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.check.Severity;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the result history. Reads join the device and take the caller's scope. */
@Repository
public class CheckResultRepository {

    private static final String INSERT = "INSERT INTO check_result (assessment_id, device_id, check_id, rule_set_version,"
            + " outcome, severity, evidence, address, port, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final EvidenceJson evidence;

    public CheckResultRepository(JdbcClient jdbc, JdbcTemplate template, EvidenceJson evidence) {
        this.jdbc = jdbc;
        this.template = template;
        this.evidence = evidence;
    }

    /** Stores results; returns them with their ids, in input order. */
    public List<CheckResult> insertAll(long assessmentId, List<CheckResult> results) {
        if (results.isEmpty()) {
            return results;
        }
        var keys = new GeneratedKeyHolder();
        template.batchUpdate(con -> con.prepareStatement(INSERT, new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                CheckResult r = results.get(i);
                ps.setLong(1, assessmentId);
                ps.setLong(2, r.deviceId());
                ps.setString(3, r.checkId());
                ps.setInt(4, r.ruleSetVersion());
                ps.setString(5, r.outcome().name());
                ps.setString(6, r.severity().name());
                ps.setString(7, evidence.write(r.evidence()));
                ps.setString(8, r.address());
                if (r.port() == null) {
                    ps.setNull(9, Types.INTEGER);
                } else {
                    ps.setInt(9, r.port());
                }
                ps.setObject(10, Sql.utc(r.checkedAt()));
            }

            @Override
            public int getBatchSize() {
                return results.size();
            }
        }, keys);
        List<Long> ids = keys.getKeyList().stream().map(m -> ((Number) m.values().iterator().next()).longValue()).toList();
        if (ids.size() != results.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " keys for " + results.size() + " rows");
        }
        List<CheckResult> stored = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            CheckResult r = results.get(i);
            stored.add(new CheckResult(ids.get(i), assessmentId, r.deviceId(), r.checkId(), r.ruleSetVersion(),
                    r.outcome(), r.severity(), r.evidence(), r.address(), r.port(), r.checkedAt()));
        }
        return stored;
    }

    /** Results of one assessment for the devices in scope, optionally of one outcome and device. */
    public Page<CheckResult> ofAssessment(Scope scope, long assessmentId, Outcome outcome, Long deviceId,
                                          PageRequest page) {
        Where w = ScopeSql.devices(scope, new Where().and("r.assessment_id = :a", "a", assessmentId));
        if (outcome != null) {
            w.and("r.outcome = :outcome", "outcome", outcome.name());
        }
        if (deviceId != null) {
            w.and("r.device_id = :deviceId", "deviceId", deviceId);
        }
        String from = " FROM check_result r JOIN device d ON d.id = r.device_id WHERE " + w.sql();
        long total = jdbc.sql("SELECT COUNT(*)" + from).params(w.params()).query(Long.class).single();
        List<CheckResult> items = jdbc.sql("SELECT r.*" + from + " ORDER BY r.id LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The history of one (device, check), newest first; the caller has checked the device's scope. */
    public List<CheckResult> history(long deviceId, String checkId, int limit) {
        return jdbc.sql("SELECT r.* FROM check_result r WHERE r.device_id = :d AND r.check_id = :c"
                        + " ORDER BY r.checked_at DESC, r.id DESC LIMIT :limit")
                .param("d", deviceId).param("c", checkId).param("limit", limit).query(this::map).list();
    }

    CheckResult map(ResultSet rs, int n) throws SQLException {
        return new CheckResult(rs.getLong("id"), Sql.longOrNull(rs, "assessment_id"), rs.getLong("device_id"),
                rs.getString("check_id"), rs.getInt("rule_set_version"), Outcome.valueOf(rs.getString("outcome")),
                Severity.valueOf(rs.getString("severity")), evidence.read(rs.getString("evidence")),
                rs.getString("address"), Sql.intOrNull(rs, "port"), Sql.instant(rs, "checked_at"));
    }
}
