package io.camwarden.registry.device;

import io.camwarden.domain.DeviceChange;
import io.camwarden.registry.Sql;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Field-level history of devices: append-only, kept after a device is deleted. */
@Repository
public class DeviceHistoryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public DeviceHistoryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void appendAll(List<DeviceChange> changes) {
        template.batchUpdate("INSERT INTO device_history (device_id, changed_at, actor, field, old_value, new_value,"
                + " reason) VALUES (?, ?, ?, ?, ?, ?, ?)", changes, 1000, (ps, c) -> {
                    ps.setLong(1, c.deviceId());
                    ps.setObject(2, Sql.utc(c.at()));
                    ps.setString(3, c.actor());
                    ps.setString(4, c.field());
                    ps.setString(5, c.oldValue());
                    ps.setString(6, c.newValue());
                    ps.setString(7, c.reason());
                });
    }

    /** Newest first. */
    public List<DeviceChange> forDevice(long deviceId, int limit) {
        return jdbc.sql("SELECT * FROM device_history WHERE device_id = :id ORDER BY id DESC LIMIT :limit")
                .param("id", deviceId).param("limit", limit)
                .query((rs, n) -> new DeviceChange(rs.getLong("device_id"), Sql.instant(rs, "changed_at"),
                        rs.getString("actor"), rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("reason")))
                .list();
    }
}
