package io.camwarden.checks;

import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.Check;
import io.camwarden.domain.check.CheckMappings;
import io.camwarden.domain.check.MinimumLevel;
import io.camwarden.domain.check.NotificationWindows;
import io.camwarden.domain.check.RuleSet;
import io.camwarden.domain.check.SeverityRule;
import io.camwarden.registry.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for rule sets and their checks. Rule sets are public rules: reads take no scope. */
@Repository
public class RuleSetRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public RuleSetRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<RuleSet> list() {
        return jdbc.sql("SELECT * FROM rule_set ORDER BY version DESC").query(RuleSetRepository::map).list();
    }

    public Optional<RuleSet> find(int version) {
        return jdbc.sql("SELECT * FROM rule_set WHERE version = :v").param("v", version)
                .query(RuleSetRepository::map).optional();
    }

    public Optional<RuleSet> active() {
        return jdbc.sql("SELECT * FROM rule_set WHERE active").query(RuleSetRepository::map).optional();
    }

    /** The active row, locked until the transaction ends: adoptions and assessments take turns on it. */
    public Optional<Integer> lockActive() {
        return jdbc.sql("SELECT version FROM rule_set WHERE active FOR UPDATE").query(Integer.class).optional();
    }

    public int nextVersion() {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM rule_set").query(Integer.class).single();
    }

    public Optional<Integer> versionWithHash(String sha256) {
        return jdbc.sql("SELECT MAX(version) FROM rule_set WHERE sha256 = :h").param("h", sha256)
                .query(Integer.class).optional();
    }

    public void insert(RuleSet r, Catalogue c) {
        jdbc.sql("INSERT INTO rule_set (version, origin, sha256, check_count, adopted_at, adopted_by, active, note)"
                        + " VALUES (:v, :origin, :sha, :n, :at, :by, FALSE, :note)")
                .param("v", r.version()).param("origin", r.origin()).param("sha", r.sha256())
                .param("n", c.checks().size()).param("at", Sql.utc(r.adoptedAt())).param("by", r.adoptedBy())
                .param("note", r.note()).update();
        List<Check> checks = c.checks();
        List<Integer> positions = java.util.stream.IntStream.range(0, checks.size()).boxed().toList();
        template.batchUpdate("INSERT INTO rule_set_check (rule_set_version, position, check_id, domain, title,"
                        + " observation, pass_criterion, severity, min_level, vn_camera_criteria, vn_security_level_refs,"
                        + " etsi_en_303_645, other_refs, source, notification_windows)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                positions, 500, (ps, p) -> {
                    Check k = checks.get(p);
                    int i = 1;
                    ps.setInt(i++, r.version());
                    ps.setInt(i++, p + 1);
                    ps.setString(i++, k.id());
                    ps.setString(i++, k.domain());
                    ps.setString(i++, k.title());
                    ps.setString(i++, k.observation());
                    ps.setString(i++, k.passCriterion());
                    ps.setString(i++, k.severity().text());
                    ps.setString(i++, k.minLevel().text());
                    ps.setString(i++, k.mappings().vnCameraCriteria());
                    ps.setString(i++, k.mappings().vnSecurityLevelRefs());
                    ps.setString(i++, k.mappings().etsiEn303645());
                    ps.setString(i++, k.mappings().otherRefs());
                    ps.setString(i++, k.source());
                    // what the file gave, written back the way NotificationWindows.parse reads it
                    ps.setString(i, k.notificationWindows() == null ? null : k.notificationWindows().givenText());
                });
    }

    /** Makes one version the active one (and no other). */
    public void activate(int version) {
        jdbc.sql("UPDATE rule_set SET active = (version = :v)").param("v", version).update();
    }

    public Catalogue catalogue(int version) {
        return new Catalogue(version, jdbc.sql("SELECT * FROM rule_set_check WHERE rule_set_version = :v ORDER BY position")
                .param("v", version).query(RuleSetRepository::check).list());
    }

    static Check check(ResultSet rs, int n) throws SQLException {
        // the text was parsed when the rule set was adopted; it parses the same way now
        return new Check(rs.getString("check_id"), rs.getString("domain"), rs.getString("title"),
                rs.getString("observation"), rs.getString("pass_criterion"), SeverityRule.parse(rs.getString("severity")),
                MinimumLevel.parse(rs.getString("min_level")), new CheckMappings(rs.getString("vn_camera_criteria"),
                rs.getString("vn_security_level_refs"), rs.getString("etsi_en_303_645"), rs.getString("other_refs")),
                rs.getString("source"), rs.getString("notification_windows") == null ? null
                : NotificationWindows.parse(rs.getString("notification_windows")));
    }

    static RuleSet map(ResultSet rs, int n) throws SQLException {
        return new RuleSet(rs.getInt("version"), rs.getString("origin"), rs.getString("sha256"),
                rs.getInt("check_count"), Sql.instant(rs, "adopted_at"), rs.getString("adopted_by"),
                rs.getBoolean("active"), rs.getString("note"));
    }
}
