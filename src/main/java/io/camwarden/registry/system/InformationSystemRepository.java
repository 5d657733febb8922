package io.camwarden.registry.system;

import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.LevelDossier;
import io.camwarden.domain.Scope;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for information systems. Every read takes the caller's scope. */
@Repository
public class InformationSystemRepository {

    static final Map<String, String> SORTABLE = Map.of("id", "i.id", "name", "i.name",
            "securityLevel", "i.security_level", "nextAssessmentOn", "i.next_assessment_on",
            "createdAt", "i.created_at", "updatedAt", "i.updated_at");

    /** List filters; null fields do not filter. */
    public record Filter(Long organizationId, Integer securityLevel, Boolean assessmentOverdue, String q) {
    }

    private final JdbcClient jdbc;

    public InformationSystemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InformationSystem> find(Scope scope, long id) {
        Where w = ScopeSql.informationSystems(scope, new Where().and("i.id = :id", "id", id));
        return jdbc.sql("SELECT i.* FROM information_system i WHERE " + w.sql()).params(w.params())
                .query(InformationSystemRepository::map).optional();
    }

    public Page<InformationSystem> list(Scope scope, Filter f, PageRequest page, java.time.LocalDate today) {
        Where w = ScopeSql.informationSystems(scope, new Where());
        if (f.organizationId() != null) {
            w.and("i.organization_id = :org", "org", f.organizationId());
        }
        if (f.securityLevel() != null) {
            w.and("i.security_level = :level", "level", f.securityLevel());
        }
        if (Boolean.TRUE.equals(f.assessmentOverdue())) {
            w.and("i.next_assessment_on < :today", "today", today);
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.and("LOWER(i.name) LIKE :q ESCAPE '\\' OR LOWER(i.purpose) LIKE :q ESCAPE '\\'", "q",
                    Sql.containsPattern(f.q()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM information_system i WHERE " + w.sql()).params(w.params())
                .query(Long.class).single();
        List<InformationSystem> items = jdbc.sql("SELECT i.* FROM information_system i WHERE " + w.sql()
                        + " ORDER BY " + page.orderBy() + ", i.id LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(InformationSystemRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Records with exactly this name within the scope (names need not be unique). */
    public List<InformationSystem> findByName(Scope scope, String name) {
        Where w = ScopeSql.informationSystems(scope, new Where().and("i.name = :name", "name", name));
        return jdbc.sql("SELECT i.* FROM information_system i WHERE " + w.sql()).params(w.params())
                .query(InformationSystemRepository::map).list();
    }

    public long insert(InformationSystem s, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO information_system (organization_id, name, purpose, security_level, dossier_reference,"
                        + " dossier_approved_on, dossier_approved_by, last_assessment_on, next_assessment_on,"
                        + " created_at, updated_at) VALUES (:org, :name, :purpose, :level, :ref, :approvedOn,"
                        + " :approvedBy, :last, :next, :now, :now)")
                .params(params(s)).param("now", Sql.utc(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void update(InformationSystem s, Instant now) {
        jdbc.sql("UPDATE information_system SET organization_id = :org, name = :name, purpose = :purpose,"
                        + " security_level = :level, dossier_reference = :ref, dossier_approved_on = :approvedOn,"
                        + " dossier_approved_by = :approvedBy, last_assessment_on = :last,"
                        + " next_assessment_on = :next, updated_at = :now WHERE id = :id")
                .params(params(s)).param("now", Sql.utc(now)).param("id", s.id()).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM information_system WHERE id = :id").param("id", id).update();
    }

    public long deviceCount(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM device WHERE information_system_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private static Map<String, Object> params(InformationSystem s) {
        Map<String, Object> m = new HashMap<>();
        m.put("org", s.organizationId());
        m.put("name", s.name());
        m.put("purpose", s.purpose());
        m.put("level", s.securityLevel());
        LevelDossier d = s.dossier() == null ? new LevelDossier(null, null, null) : s.dossier();
        m.put("ref", d.reference());
        m.put("approvedOn", d.approvedOn());
        m.put("approvedBy", d.approvedBy());
        m.put("last", s.lastAssessmentOn());
        m.put("next", s.nextAssessmentOn());
        return m;
    }

    static InformationSystem map(ResultSet rs, int n) throws SQLException {
        return new InformationSystem(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"),
                rs.getString("purpose"), Sql.intOrNull(rs, "security_level"),
                new LevelDossier(rs.getString("dossier_reference"), Sql.date(rs, "dossier_approved_on"),
                        rs.getString("dossier_approved_by")),
                Sql.date(rs, "last_assessment_on"), Sql.date(rs, "next_assessment_on"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
