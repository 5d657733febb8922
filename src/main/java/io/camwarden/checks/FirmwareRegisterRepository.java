package io.camwarden.checks;

import io.camwarden.domain.check.FirmwareRegisterEntry;
import io.camwarden.registry.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the firmware register (FW-01). It holds public facts about vendors' releases: reads take no scope. */
@Repository
public class FirmwareRegisterRepository {

    private final JdbcClient jdbc;

    public FirmwareRegisterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FirmwareRegisterEntry> list() {
        return jdbc.sql("SELECT * FROM firmware_release ORDER BY vendor_key, model_pattern, released_on, id")
                .query(FirmwareRegisterRepository::map).list();
    }

    /** The entries of one vendor (by VendorNames key). */
    public List<FirmwareRegisterEntry> forVendor(String vendorKey) {
        return jdbc.sql("SELECT * FROM firmware_release WHERE vendor_key = :key ORDER BY model_pattern, released_on, id")
                .param("key", vendorKey).query(FirmwareRegisterRepository::map).list();
    }

    /** A build running on a registered device: FW-01 learns from the fleet which builds of a model exist. */
    public record FleetBuild(long deviceId, String vendor, String firmware) {
    }

    /** The builds registered devices of this exact model run (any owner: facts about models, not about owners). */
    public List<FleetBuild> fleetBuilds(String model) {
        return jdbc.sql("SELECT id, vendor, firmware FROM device WHERE model = :model AND firmware IS NOT NULL"
                        + " ORDER BY id").param("model", model)
                .query((rs, n) -> new FleetBuild(rs.getLong("id"), rs.getString("vendor"), rs.getString("firmware")))
                .list();
    }

    public Optional<FirmwareRegisterEntry> find(long id) {
        return jdbc.sql("SELECT * FROM firmware_release WHERE id = :id").param("id", id)
                .query(FirmwareRegisterRepository::map).optional();
    }

    public Optional<FirmwareRegisterEntry> findSame(String vendorKey, String modelPattern, String version) {
        return jdbc.sql("SELECT * FROM firmware_release WHERE vendor_key = :key AND model_pattern = :model"
                        + " AND version = :version").param("key", vendorKey).param("model", modelPattern)
                .param("version", version).query(FirmwareRegisterRepository::map).optional();
    }

    public long insert(FirmwareRegisterEntry e, String vendorKey) {
        var keys = new GeneratedKeyHolder();
        statement("INSERT INTO firmware_release (vendor, vendor_key, model_pattern, version, released_on, security,"
                + " reference, source, recorded_at, recorded_by) VALUES (:vendor, :key, :model, :version, :released,"
                + " :security, :reference, :source, :at, :by)", e, vendorKey).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void update(long id, FirmwareRegisterEntry e, String vendorKey) {
        statement("UPDATE firmware_release SET vendor = :vendor, vendor_key = :key, model_pattern = :model,"
                + " version = :version, released_on = :released, security = :security, reference = :reference,"
                + " source = :source, recorded_at = :at, recorded_by = :by WHERE id = :id", e, vendorKey)
                .param("id", id).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM firmware_release WHERE id = :id").param("id", id).update();
    }

    private JdbcClient.StatementSpec statement(String sql, FirmwareRegisterEntry e, String vendorKey) {
        return jdbc.sql(sql).param("vendor", e.vendor()).param("key", vendorKey).param("model", e.modelPattern())
                .param("version", e.version()).param("released", e.releasedOn()).param("security", e.security())
                .param("reference", e.reference()).param("source", e.source()).param("at", Sql.utc(e.recordedAt()))
                .param("by", e.recordedBy());
    }

    static FirmwareRegisterEntry map(ResultSet rs, int n) throws SQLException {
        return new FirmwareRegisterEntry(rs.getLong("id"), rs.getString("vendor"), rs.getString("model_pattern"),
                rs.getString("version"), Sql.date(rs, "released_on"), rs.getBoolean("security"),
                rs.getString("reference"), rs.getString("source"), Sql.instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }
}
