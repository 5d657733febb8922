package io.camwarden.auditlog;

import io.camwarden.domain.AuditEntry;
import java.util.Iterator;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Walks the audit log in order and names the first row whose content or link does not check out. */
@Component
public class AuditLogVerifier {

    /** The outcome; {@code brokenSeq} and {@code reason} are set when the chain is broken. */
    public record Verification(boolean intact, long rowsChecked, Long brokenSeq, String reason, String lastHash) {
    }

    private final JdbcClient jdbc;

    public AuditLogVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        long expectedSeq = 1;
        String prevHash = AuditEntry.GENESIS;
        long checked = 0;
        try (Stream<AuditEntry> rows = jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_log ORDER BY seq")
                .withFetchSize(1000)
                .query(AuditRows::map)
                .stream()) {
            Iterator<AuditEntry> it = rows.iterator();
            while (it.hasNext()) {
                AuditEntry e = it.next();
                if (e.seq() != expectedSeq) {
                    return broken(checked, expectedSeq, "row " + expectedSeq + " is missing (next row is " + e.seq() + ")");
                }
                if (!e.prevHash().equals(prevHash)) {
                    return broken(checked, e.seq(), "row " + e.seq() + " does not link to row " + (e.seq() - 1)
                            + ": its prev_hash is " + e.prevHash() + ", expected " + prevHash);
                }
                if (!e.expectedHash().equals(e.hash())) {
                    return broken(checked, e.seq(), "row " + e.seq() + " was altered: its content hashes to "
                            + e.expectedHash() + " but the stored hash is " + e.hash());
                }
                prevHash = e.hash();
                expectedSeq++;
                checked++;
            }
        }
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        if (head.seq() != checked || !head.hash().equals(prevHash)) {
            return broken(checked, head.seq(), "the log ends at row " + checked + " but its head records row "
                    + head.seq() + ": rows at the end were removed");
        }
        return new Verification(true, checked, null, null, prevHash);
    }

    private static Verification broken(long checked, long seq, String reason) {
        return new Verification(false, checked, seq, reason, null);
    }
}
