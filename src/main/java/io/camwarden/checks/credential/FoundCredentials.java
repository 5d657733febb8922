package io.camwarden.checks.credential;

import io.camwarden.checks.DeviceFacts;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the credentials found on a device for AUTH-06, and where else the same credential was found: an equality
 * lookup on the keyed fingerprint, so no sealed password is opened to compare them.
 */
@Repository
public class FoundCredentials {

    private final JdbcClient jdbc;

    public FoundCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(String protocol, int port, String username, String passwordHint, Timestamp foundAt,
                       String fingerprint) {
    }

    /** The device's found credentials, each with the other devices of {@code ownerId} that share it. */
    public List<DeviceFacts.FoundCredential> forDevice(long deviceId, long ownerId) {
        List<Row> rows = jdbc.sql("SELECT protocol, port, username, password_hint, found_at, fingerprint"
                        + " FROM found_credential WHERE device_id = :d ORDER BY protocol, port")
                .param("d", deviceId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5), rs.getString(6)))
                .list();
        List<DeviceFacts.FoundCredential> out = new ArrayList<>();
        for (Row r : rows) {
            List<Long> others = r.fingerprint() == null ? List.of()
                    : jdbc.sql("SELECT DISTINCT f.device_id FROM found_credential f JOIN device d ON d.id = f.device_id"
                                    + " WHERE f.fingerprint = :fp AND f.device_id <> :d AND d.owner_organization_id = :o"
                                    + " ORDER BY f.device_id")
                    .param("fp", r.fingerprint()).param("d", deviceId).param("o", ownerId)
                    .query(Long.class).list();
            out.add(new DeviceFacts.FoundCredential(r.protocol(), r.port(), r.username(), r.passwordHint(),
                    r.foundAt() == null ? null : r.foundAt().toInstant(), others));
        }
        return out;
    }
}
