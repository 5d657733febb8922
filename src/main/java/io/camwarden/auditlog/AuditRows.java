package io.camwarden.auditlog;

import io.camwarden.domain.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Maps audit_log rows. */
final class AuditRows {

    static final String COLUMNS = "seq, at, actor, action, target_type, target_id, outcome, remote_addr, detail, prev_hash, hash";

    private AuditRows() {
    }

    static AuditEntry map(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("outcome"), rs.getString("remote_addr"), rs.getString("detail"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
