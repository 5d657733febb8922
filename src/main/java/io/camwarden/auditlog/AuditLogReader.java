package io.camwarden.auditlog;

import io.camwarden.domain.AuditEntry;
import io.camwarden.registry.Page;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log, newest first, with simple filters. */
@Component
public class AuditLogReader {

    /** Filters; null fields do not filter. */
    public record Filter(String actor, String action, String targetType, String targetId, Instant from, Instant to) {
    }

    private final JdbcClient jdbc;

    public AuditLogReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> page(Filter f, int page, int size) {
        Where w = new Where();
        if (f.actor() != null && !f.actor().isBlank()) {
            w.and("actor = :actor", "actor", f.actor().strip());
        }
        if (f.action() != null && !f.action().isBlank()) {
            w.and("action LIKE :action", "action", f.action().strip().replace("*", "%"));
        }
        if (f.targetType() != null && !f.targetType().isBlank()) {
            w.and("target_type = :tt", "tt", f.targetType().strip());
        }
        if (f.targetId() != null && !f.targetId().isBlank()) {
            w.and("target_id = :tid", "tid", f.targetId().strip());
        }
        if (f.from() != null) {
            w.and("at >= :from", "from", Sql.utc(f.from()));
        }
        if (f.to() != null) {
            w.and("at < :to", "to", Sql.utc(f.to()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE " + w.sql()).params(w.params())
                .query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_log WHERE " + w.sql()
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", size).param("offset", (long) page * size)
                .query(AuditRows::map).list();
        return new Page<>(items, page, size, total);
    }
}
