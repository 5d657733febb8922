package io.camwarden.auditlog;

import io.camwarden.domain.AuditEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the hash-chained audit log. An append joins the caller's transaction, so a write and its
 * audit row commit or roll back together. The chain head row is locked for the append, which orders
 * appends from every process sharing the database.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public AuditEntry append(AuditEvent event) {
        record Head(long lastSeq, String lastHash) {
        }
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        String actor = event.actor() != null ? event.actor() : Actors.current();
        String addr = event.remoteAddr() != null ? event.remoteAddr() : Actors.remoteAddress();
        String detail = event.detail() == null || event.detail().isEmpty() ? null : json.writeValueAsString(event.detail());
        AuditEntry e = AuditEntry.chain(head.lastSeq() + 1, Instant.now(clock), actor, event.action(),
                event.targetType(), event.targetId() == null ? null : String.valueOf(event.targetId()),
                event.outcome().name(), addr, detail, head.lastHash());
        jdbc.sql("""
                        INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, outcome, remote_addr,
                                               detail, prev_hash, hash)
                        VALUES (:seq, :at, :actor, :action, :targetType, :targetId, :outcome, :remoteAddr,
                                :detail, :prevHash, :hash)""")
                .param("seq", e.seq())
                .param("at", OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC))
                .param("actor", e.actor())
                .param("action", e.action())
                .param("targetType", e.targetType())
                .param("targetId", e.targetId())
                .param("outcome", e.outcome())
                .param("remoteAddr", e.remoteAddr())
                .param("detail", e.detail())
                .param("prevHash", e.prevHash())
                .param("hash", e.hash())
                .update();
        jdbc.sql("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", e.seq())
                .param("hash", e.hash())
                .update();
        return e;
    }

    /** Shorthand for a successful action by the current user. */
    public AuditEntry record(String action, String targetType, Object targetId, Map<String, ?> detail) {
        return append(AuditEvent.of(action, targetType, targetId, detail));
    }
}
