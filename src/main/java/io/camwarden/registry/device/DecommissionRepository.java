package io.camwarden.registry.device;

import io.camwarden.domain.Decommission;
import io.camwarden.registry.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for decommission records. Callers confine the device to their scope first (DeviceRepository.find). */
@Repository
public class DecommissionRepository {

    private final JdbcClient jdbc;

    public DecommissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Decommission> find(long deviceId) {
        return jdbc.sql("SELECT * FROM device_decommission WHERE device_id = :id").param("id", deviceId)
                .query(DecommissionRepository::map).optional();
    }

    /** The records of these devices, by device id (devices in service have none). */
    public Map<Long, Decommission> forDevices(Collection<Long> ids) {
        Map<Long, Decommission> m = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT * FROM device_decommission WHERE device_id IN (:ids)").param("ids", ids)
                    .query(DecommissionRepository::map).list().forEach(d -> m.put(d.deviceId(), d));
        }
        return m;
    }

    public void insert(Decommission d) {
        jdbc.sql("INSERT INTO device_decommission (device_id, disposition, wipe_method, wiped_on, wipe_evidence,"
                        + " credentials_revoked, recipient, note, decommissioned_at, decommissioned_by, updated_at,"
                        + " updated_by) VALUES (:id, :disposition, :method, :wipedOn, :evidence, :revoked, :recipient,"
                        + " :note, :at, :by, :at, :by)")
                .params(params(d)).param("at", Sql.utc(d.decommissionedAt())).param("by", d.decommissionedBy())
                .update();
    }

    /** Replaces what was recorded of the wipe; when and by whom the device was decommissioned stays. */
    public void update(Decommission d) {
        jdbc.sql("UPDATE device_decommission SET disposition = :disposition, wipe_method = :method,"
                        + " wiped_on = :wipedOn, wipe_evidence = :evidence, credentials_revoked = :revoked,"
                        + " recipient = :recipient, note = :note, updated_at = :at, updated_by = :by"
                        + " WHERE device_id = :id")
                .params(params(d)).param("at", Sql.utc(d.updatedAt())).param("by", d.updatedBy()).update();
    }

    private static Map<String, Object> params(Decommission d) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", d.deviceId());
        m.put("disposition", d.disposition().name());
        m.put("method", d.wipeMethod().name());
        m.put("wipedOn", d.wipedOn());
        m.put("evidence", d.wipeEvidence());
        m.put("revoked", d.credentialsRevoked());
        m.put("recipient", d.recipient());
        m.put("note", d.note());
        return m;
    }

    static Decommission map(ResultSet rs, int n) throws SQLException {
        return new Decommission(rs.getLong("device_id"), Decommission.Disposition.valueOf(rs.getString("disposition")),
                Decommission.WipeMethod.valueOf(rs.getString("wipe_method")), Sql.date(rs, "wiped_on"),
                rs.getString("wipe_evidence"), rs.getBoolean("credentials_revoked"), rs.getString("recipient"),
                rs.getString("note"), Sql.instant(rs, "decommissioned_at"), rs.getString("decommissioned_by"),
                Sql.instant(rs, "updated_at"), rs.getString("updated_by"));
    }
}
