package io.camwarden.findings;

import io.camwarden.domain.check.Assessment;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for assessment runs. */
@Repository
public class AssessmentRepository {

    static final Map<String, String> SORTABLE = Map.of("id", "a.id", "startedAt", "a.started_at");

    private final JdbcClient jdbc;

    public AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(String requestedBy, Long userId, String subject, int ruleSetVersion, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assessment (requested_by, requested_by_user_id, subject, rule_set_version, started_at,"
                        + " devices, pass_count, fail_count, not_applicable_count, not_tested_count, opened_count,"
                        + " still_open_count, reopened_count, closed_count) VALUES (:by, :userId, :subject, :v, :at,"
                        + " 0, 0, 0, 0, 0, 0, 0, 0, 0)")
                .param("by", requestedBy).param("userId", userId).param("subject", subject).param("v", ruleSetVersion)
                .param("at", Sql.utc(at)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void finish(long id, int devices, Assessment.Counts r, Assessment.FindingCounts f, Instant at) {
        jdbc.sql("UPDATE assessment SET finished_at = :at, devices = :devices, pass_count = :pass, fail_count = :fail,"
                        + " not_applicable_count = :na, not_tested_count = :nt, opened_count = :opened,"
                        + " still_open_count = :stillOpen, reopened_count = :reopened, closed_count = :closed"
                        + " WHERE id = :id")
                .param("at", Sql.utc(at)).param("devices", devices).param("pass", r.pass()).param("fail", r.fail())
                .param("na", r.notApplicable()).param("nt", r.notTested()).param("opened", f.opened())
                .param("stillOpen", f.stillOpen()).param("reopened", f.reopened()).param("closed", f.closed())
                .param("id", id).update();
    }

    /** One run; {@code requesterId} non-null confines it to runs that user asked for. */
    public Optional<Assessment> find(long id, Long requesterId) {
        Where w = visible(new Where().and("a.id = :id", "id", id), requesterId);
        return jdbc.sql("SELECT a.* FROM assessment a WHERE " + w.sql()).params(w.params())
                .query(AssessmentRepository::map).optional();
    }

    public Page<Assessment> list(Long requesterId, PageRequest page) {
        Where w = visible(new Where(), requesterId);
        long total = jdbc.sql("SELECT COUNT(*) FROM assessment a WHERE " + w.sql()).params(w.params())
                .query(Long.class).single();
        List<Assessment> items = jdbc.sql("SELECT a.* FROM assessment a WHERE " + w.sql() + " ORDER BY "
                        + page.orderBy() + ", a.id LIMIT :limit OFFSET :offset").params(w.params())
                .param("limit", page.size()).param("offset", page.offset()).query(AssessmentRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static Where visible(Where w, Long requesterId) {
        return requesterId == null ? w : w.and("a.requested_by_user_id = :requester", "requester", requesterId);
    }

    static Assessment map(ResultSet rs, int n) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getString("requested_by"), Sql.longOrNull(rs, "requested_by_user_id"),
                rs.getString("subject"), rs.getInt("rule_set_version"), Sql.instant(rs, "started_at"),
                Sql.instant(rs, "finished_at"), rs.getInt("devices"),
                new Assessment.Counts(rs.getInt("pass_count"), rs.getInt("fail_count"),
                        rs.getInt("not_applicable_count"), rs.getInt("not_tested_count")),
                new Assessment.FindingCounts(rs.getInt("opened_count"), rs.getInt("still_open_count"),
                        rs.getInt("reopened_count"), rs.getInt("closed_count")));
    }
}
