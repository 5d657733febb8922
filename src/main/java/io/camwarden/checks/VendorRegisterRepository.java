package io.camwarden.checks;

import io.camwarden.domain.check.VendorRecord;
import io.camwarden.registry.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the vendor register (FW-04). It holds public facts about vendors: reads take no scope. */
@Repository
public class VendorRegisterRepository {

    private final JdbcClient jdbc;

    public VendorRegisterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<VendorRecord> list() {
        return jdbc.sql("SELECT * FROM vendor_register ORDER BY vendor_key").query(VendorRegisterRepository::map).list();
    }

    public Optional<VendorRecord> find(long id) {
        return jdbc.sql("SELECT * FROM vendor_register WHERE id = :id").param("id", id)
                .query(VendorRegisterRepository::map).optional();
    }

    public Optional<VendorRecord> findByKey(String key) {
        return jdbc.sql("SELECT * FROM vendor_register WHERE vendor_key = :key").param("key", key)
                .query(VendorRegisterRepository::map).optional();
    }

    public long insert(VendorRecord r, String key) {
        var keys = new GeneratedKeyHolder();
        statement("INSERT INTO vendor_register (vendor, vendor_key, disclosure_channel, advisory_feed, support_period,"
                + " source, note, recorded_at, recorded_by) VALUES (:vendor, :key, :channel, :feed, :support, :source,"
                + " :note, :at, :by)", r, key).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void update(long id, VendorRecord r, String key) {
        statement("UPDATE vendor_register SET vendor = :vendor, vendor_key = :key, disclosure_channel = :channel,"
                + " advisory_feed = :feed, support_period = :support, source = :source, note = :note,"
                + " recorded_at = :at, recorded_by = :by WHERE id = :id", r, key).param("id", id).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM vendor_register WHERE id = :id").param("id", id).update();
    }

    private JdbcClient.StatementSpec statement(String sql, VendorRecord r, String key) {
        return jdbc.sql(sql).param("vendor", r.vendor()).param("key", key).param("channel", r.disclosureChannel())
                .param("feed", r.advisoryFeed()).param("support", r.supportPeriod()).param("source", r.source())
                .param("note", r.note()).param("at", Sql.utc(r.recordedAt())).param("by", r.recordedBy());
    }

    static VendorRecord map(ResultSet rs, int n) throws SQLException {
        return new VendorRecord(rs.getLong("id"), rs.getString("vendor"), rs.getString("disclosure_channel"),
                rs.getString("advisory_feed"), rs.getString("support_period"), rs.getString("source"),
                rs.getString("note"), Sql.instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }
}
