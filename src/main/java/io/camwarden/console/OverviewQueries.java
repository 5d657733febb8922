package io.camwarden.console;

import io.camwarden.domain.Caller;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Where;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and choices for the dashboard and the list filters, grouped in the database. Like every registry read, each query is confined to the
 * caller's scope by {@link ScopeSql}: a police officer's dashboard counts its districts only.
 */
@Repository
public class OverviewQueries {

    /** A group and how many records are in it. */
    public record Count(String key, long count) {
    }

    /** A site with coordinates and the number of the caller's devices there. */
    public record SiteMarker(long id, String name, String district, double lat, double lon, long devices) {
    }

    private final JdbcClient jdbc;

    public OverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Count> devicesByKind(Caller caller) {
        Where w = ScopeSql.devices(caller.scope(), new Where());
        return jdbc.sql("SELECT d.kind, COUNT(*) FROM device d WHERE " + w.sql() + " GROUP BY d.kind ORDER BY d.kind")
                .params(w.params()).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

    /** Vendors by number of devices, most first; spellings that differ only in case count as one vendor. */
    @Transactional(readOnly = true)
    public List<Count> devicesByVendor(Caller caller) {
        Where w = ScopeSql.devices(caller.scope(), new Where());
        return jdbc.sql("SELECT MIN(d.vendor), COUNT(*) FROM device d WHERE " + w.sql()
                        + " GROUP BY LOWER(d.vendor) ORDER BY COUNT(*) DESC, MIN(d.vendor)")
                .params(w.params()).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

    /** Information systems by security level; the key is null for systems without a level yet. */
    @Transactional(readOnly = true)
    public List<Count> systemsByLevel(Caller caller) {
        Where w = ScopeSql.informationSystems(caller.scope(), new Where());
        return jdbc.sql("SELECT i.security_level, COUNT(*) FROM information_system i WHERE " + w.sql()
                        + " GROUP BY i.security_level ORDER BY i.security_level")
                .params(w.params())
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

    @Transactional(readOnly = true)
    public long devicesPastEndOfSupport(Caller caller, LocalDate today) {
        Where w = ScopeSql.devices(caller.scope(), new Where().and("d.end_of_support < :today", "today", today));
        return jdbc.sql("SELECT COUNT(*) FROM device d WHERE " + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Devices lacking a certificate of origin or of quality: the directive bars them from use. */
    @Transactional(readOnly = true)
    public long devicesWithoutCertificates(Caller caller) {
        Where w = ScopeSql.devices(caller.scope(), new Where().and("d.certificate_origin IS NULL"
                + " OR d.certificate_origin = '' OR d.certificate_quality IS NULL OR d.certificate_quality = ''"));
        return jdbc.sql("SELECT COUNT(*) FROM device d WHERE " + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Sites in scope that have coordinates, each with the count of devices in scope installed there. */
    @Transactional(readOnly = true)
    public List<SiteMarker> siteMarkers(Caller caller) {
        Where wd = ScopeSql.devices(caller.scope(), new Where().and("d.site_id IS NOT NULL"));
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT d.site_id, COUNT(*) FROM device d WHERE " + wd.sql() + " GROUP BY d.site_id")
                .params(wd.params()).query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        Where ws = ScopeSql.sites(caller.scope(), new Where().and("s.latitude IS NOT NULL AND s.longitude IS NOT NULL"));
        return jdbc.sql("SELECT s.id, s.name, s.district, s.latitude, s.longitude FROM site s WHERE " + ws.sql()
                        + " ORDER BY s.id")
                .params(ws.params())
                .query((rs, n) -> new SiteMarker(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5), counts.getOrDefault(rs.getLong(1), 0L)))
                .list();
    }

    /** Districts of the sites in scope, for the device filter's suggestions. */
    @Transactional(readOnly = true)
    public List<String> districts(Caller caller) {
        Where w = ScopeSql.sites(caller.scope(), new Where().and("s.district IS NOT NULL"));
        return jdbc.sql("SELECT MIN(s.district) FROM site s WHERE " + w.sql() + " GROUP BY s.district_key"
                + " ORDER BY MIN(s.district)").params(w.params()).query(String.class).list();
    }
}
