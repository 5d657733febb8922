package io.camwarden.vuln.device;

import io.camwarden.registry.Sql;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable list of devices waiting to be matched again (table device_rematch). Requests are appended in
 * the transaction of the change that calls for them, so they commit or roll back with it and survive a
 * restart. The worker reads a batch, matches its devices, and removes every request of those devices up to
 * the last request id it read: a request that arrives meanwhile has a higher id and stays.
 */
@Repository
public class RematchQueue {

    /** A batch to work on: per device, the reason of its oldest request, and the highest request id read. */
    public record Batch(Map<Long, String> reasonByDevice, long lastId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public RematchQueue(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void enqueue(Collection<Long> deviceIds, String reason, Instant now) {
        if (deviceIds.isEmpty()) {
            return;
        }
        List<Object[]> rows = deviceIds.stream().distinct().map(id -> new Object[] {id, reason, Sql.utc(now)}).toList();
        template.batchUpdate("INSERT INTO device_rematch (device_id, reason, queued_at) VALUES (?, ?, ?)", rows);
    }

    /** The oldest requests, at most {@code limit} rows (fewer devices when one device was asked for twice). */
    public Batch next(int limit) {
        Map<Long, String> reasons = new LinkedHashMap<>();
        long[] last = {0};
        jdbc.sql("SELECT id, device_id, reason FROM device_rematch ORDER BY id LIMIT :limit").param("limit", limit)
                .query(rs -> {
                    reasons.putIfAbsent(rs.getLong("device_id"), rs.getString("reason"));
                    last[0] = Math.max(last[0], rs.getLong("id"));
                });
        return new Batch(reasons, last[0]);
    }

    /** Removes the requests a batch served. */
    public void done(Batch batch) {
        if (batch.reasonByDevice().isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM device_rematch WHERE id <= :last AND device_id IN (:ids)").param("last", batch.lastId())
                .param("ids", batch.reasonByDevice().keySet()).update();
    }

    /** Whether a device waits to be matched again. */
    public boolean isQueued(long deviceId) {
        return jdbc.sql("SELECT COUNT(*) FROM device_rematch WHERE device_id = :d").param("d", deviceId)
                .query(Long.class).single() > 0;
    }

    public long size() {
        return jdbc.sql("SELECT COUNT(*) FROM device_rematch").query(Long.class).single();
    }
}
