package io.camwarden.notify;

import io.camwarden.domain.Language;
import io.camwarden.domain.Scope;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.domain.check.Severity;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification log of findings in SQL (table finding_notification, V34). */
@Repository
public class NotificationRepository {

    static final Map<String, String> SORTABLE = Map.of("id", "n.id", "queuedAt", "n.queued_at", "sentAt", "n.sent_at",
            "status", "n.status", "findingId", "n.finding_id");

    private static final String SELECT = "SELECT n.*, f.device_id, f.check_id, f.severity FROM finding_notification n"
            + " JOIN finding f ON f.id = n.finding_id JOIN device d ON d.id = f.device_id";

    /** A notice to queue for the finding of (device, check). */
    record NewNotice(long deviceId, String checkId, Instant openedAt, FindingNotice.Recipient recipient,
                     Language language, FindingNotice.Status status, String error) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public NotificationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Queues notices, in one batch; the finding of each (device, check) must be written in this transaction. */
    void queue(List<NewNotice> notices, Instant now) {
        template.batchUpdate("INSERT INTO finding_notification (finding_id, opened_at, recipient_role, recipient_org_id,"
                + " recipient_org_name, recipient_contact, recipient_email, channel, language, status, error, attempts,"
                + " queued_at) SELECT f.id, ?, ?, ?, ?, ?, ?, 'EMAIL', ?, ?, ?, 0, ? FROM finding f"
                + " WHERE f.device_id = ? AND f.check_id = ?", notices, 500, (ps, n) -> {
                    ps.setObject(1, Sql.utc(n.openedAt()));
                    ps.setString(2, n.recipient().role().name());
                    ps.setLong(3, n.recipient().organizationId());
                    ps.setString(4, n.recipient().organizationName());
                    ps.setString(5, n.recipient().contactName());
                    ps.setString(6, n.recipient().email());
                    ps.setString(7, n.language().code());
                    ps.setString(8, n.status().name());
                    ps.setString(9, n.error());
                    ps.setObject(10, Sql.utc(now));
                    ps.setLong(11, n.deviceId());
                    ps.setString(12, n.checkId());
                });
    }

    /** The log of these findings, whatever the caller's scope (for the checks). */
    public List<FindingNotice> forFindings(Collection<Long> findingIds) {
        if (findingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE n.finding_id IN (:ids) ORDER BY n.id").param("ids", findingIds)
                .query(this::map).list();
    }

    Optional<FindingNotice> find(Scope scope, long id) {
        Where w = ScopeSql.devices(scope, new Where().and("n.id = :id", "id", id));
        return jdbc.sql(SELECT + " WHERE " + w.sql()).params(w.params()).query(this::map).optional();
    }

    Page<FindingNotice> list(Scope scope, Long findingId, FindingNotice.Status status, PageRequest page) {
        Where w = ScopeSql.devices(scope, new Where());
        if (findingId != null) {
            w.and("n.finding_id = :findingId", "findingId", findingId);
        }
        if (status != null) {
            w.and("n.status = :status", "status", status.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM (" + SELECT + " WHERE " + w.sql() + ") c").params(w.params())
                .query(Long.class).single();
        List<FindingNotice> items = jdbc.sql(SELECT + " WHERE " + w.sql() + " ORDER BY " + page.orderBy()
                        + ", n.id LIMIT :limit OFFSET :offset").params(w.params())
                .param("limit", page.size()).param("offset", page.offset()).query(this::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * Notices the sender should try now: every queued one, and — when a mail server is configured and the finding
     * is still open — those not sent for want of one and those the server refused, up to {@code maxAttempts}
     * tries, and those not sent for want of an e-mail contact once the organisation has one.
     */
    List<FindingNotice> due(boolean smtpConfigured, int maxAttempts, long afterId, int limit) {
        String retry = smtpConfigured ? " OR (f.status <> 'CLOSED' AND ((n.status IN ('NOT_SENT', 'FAILED')"
                + " AND n.recipient_email IS NOT NULL AND n.attempts < :max) OR (n.status = 'NOT_SENT'"
                + " AND n.recipient_email IS NULL AND EXISTS (SELECT 1 FROM organization_contact oc"
                + " WHERE oc.organization_id = n.recipient_org_id AND oc.email IS NOT NULL AND oc.email <> ''))))" : "";
        return jdbc.sql(SELECT + " WHERE n.id > :after AND (n.status = 'QUEUED'" + retry + ") ORDER BY n.id LIMIT :limit")
                .param("after", afterId).param("max", maxAttempts).param("limit", limit).query(this::map).list();
    }

    /** The organisation gained an e-mail contact after the notice was queued: write to it. */
    void readdress(long id, String contactName, String email, Language language) {
        jdbc.sql("UPDATE finding_notification SET recipient_contact = :contact, recipient_email = :email,"
                        + " language = :lang WHERE id = :id")
                .param("contact", contactName).param("email", email).param("lang", language.code()).param("id", id)
                .update();
    }

    void sent(long id, Instant at, String tokenHash) {
        jdbc.sql("UPDATE finding_notification SET status = 'SENT', error = NULL, attempts = attempts + 1,"
                        + " sent_at = :at, token_hash = :hash WHERE id = :id")
                .param("at", Sql.utc(at)).param("hash", tokenHash).param("id", id).update();
    }

    void notSent(long id, FindingNotice.Status status, String error) {
        jdbc.sql("UPDATE finding_notification SET status = :status, error = :error, attempts = attempts + 1"
                        + " WHERE id = :id")
                .param("status", status.name()).param("error", error).param("id", id).update();
    }

    Optional<String> tokenHash(long id) {
        return jdbc.sql("SELECT token_hash FROM finding_notification WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** Records the acknowledgement unless there is one already; false when another request was first. */
    boolean acknowledge(long id, Instant at, String by) {
        return jdbc.sql("UPDATE finding_notification SET acknowledged_at = :at, acknowledged_by = :by"
                        + " WHERE id = :id AND acknowledged_at IS NULL")
                .param("at", Sql.utc(at)).param("by", by).param("id", id).update() == 1;
    }

    /** Whether organisation {@code inner} is {@code outer} or lies below it. */
    boolean within(long inner, long outer) {
        return jdbc.sql("SELECT COUNT(*) FROM organization i, organization o WHERE i.id = :inner AND o.id = :outer"
                        + " AND i.path LIKE (o.path || '%')")
                .param("inner", inner).param("outer", outer).query(Long.class).single() > 0;
    }

    private FindingNotice map(ResultSet rs, int row) throws SQLException {
        return new FindingNotice(rs.getLong("id"), rs.getLong("finding_id"), rs.getLong("device_id"),
                rs.getString("check_id"), Severity.valueOf(rs.getString("severity")), Sql.instant(rs, "opened_at"),
                new FindingNotice.Recipient(FindingNotice.Role.valueOf(rs.getString("recipient_role")),
                        rs.getLong("recipient_org_id"), rs.getString("recipient_org_name"),
                        rs.getString("recipient_contact"), rs.getString("recipient_email")),
                FindingNotice.Channel.valueOf(rs.getString("channel")), Language.of(rs.getString("language")),
                FindingNotice.Status.valueOf(rs.getString("status")), rs.getString("error"), rs.getInt("attempts"),
                Sql.instant(rs, "queued_at"), Sql.instant(rs, "sent_at"), Sql.instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"));
    }
}
