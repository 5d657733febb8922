package io.camwarden.exposure;

import io.camwarden.domain.check.ExposureReport;
import io.camwarden.domain.net.IpAddresses;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for exposure reports (NET-01, NET-07). Regulator data: reads take no scope; callers check the role. */
@Repository
public class ExposureReportRepository {

    private final JdbcClient jdbc;

    public ExposureReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the same sighting (address, port, time, source, kind) is already stored. */
    public boolean exists(ExposureReport r) {
        Where w = same(r);
        return jdbc.sql("SELECT COUNT(*) FROM exposure_report WHERE " + w.sql()).params(w.params())
                .query(Long.class).single() > 0;
    }

    public void insert(ExposureReport r) {
        jdbc.sql("INSERT INTO exposure_report (ip, ip_key, port, seen_at, source, kind, detail, imported_at,"
                        + " imported_by) VALUES (:ip, :key, :port, :seen, :source, :kind, :detail, :at, :by)")
                .param("ip", r.ip()).param("key", key(r.ip())).param("port", r.port())
                .param("seen", Sql.utc(r.seenAt())).param("source", r.source()).param("kind", r.kind().name())
                .param("detail", r.detail()).param("at", Sql.utc(r.importedAt())).param("by", r.importedBy())
                .update();
    }

    /** How many reports of each kind were seen since then. */
    public Map<ExposureReport.Kind, Integer> countsSince(Instant since) {
        Map<ExposureReport.Kind, Integer> m = new EnumMap<>(ExposureReport.Kind.class);
        jdbc.sql("SELECT kind, COUNT(*) AS n FROM exposure_report WHERE seen_at >= :since GROUP BY kind")
                .param("since", Sql.utc(since))
                .query((ResultSet rs) -> {
                    m.put(ExposureReport.Kind.valueOf(rs.getString("kind")), rs.getInt("n"));
                });
        return m;
    }

    /** Reports since then that name one of these addresses, newest first. */
    public List<ExposureReport> forAddresses(Collection<String> addresses, Instant since) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        List<String> keys = addresses.stream().map(ExposureReportRepository::key).toList();
        return jdbc.sql("SELECT * FROM exposure_report WHERE ip_key IN (:keys) AND seen_at >= :since"
                        + " ORDER BY seen_at DESC, id DESC").param("keys", keys).param("since", Sql.utc(since))
                .query(ExposureReportRepository::map).list();
    }

    public Page<ExposureReport> list(String ip, ExposureReport.Kind kind, PageRequest page) {
        Where w = new Where();
        if (ip != null) {
            w.and("ip_key = :key", "key", key(ip));
        }
        if (kind != null) {
            w.and("kind = :kind", "kind", kind.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM exposure_report WHERE " + w.sql()).params(w.params())
                .query(Long.class).single();
        List<ExposureReport> items = jdbc.sql("SELECT * FROM exposure_report WHERE " + w.sql()
                        + " ORDER BY seen_at DESC, id DESC LIMIT :limit OFFSET :offset").params(w.params())
                .param("limit", page.size()).param("offset", page.offset())
                .query(ExposureReportRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static Where same(ExposureReport r) {
        Where w = new Where().and("ip_key = :key", "key", key(r.ip())).and("seen_at = :seen", "seen", Sql.utc(r.seenAt()))
                .and("source = :source", "source", r.source()).and("kind = :kind", "kind", r.kind().name());
        return r.port() == null ? w.and("port IS NULL") : w.and("port = :port", "port", r.port());
    }

    static String key(String ip) {
        return IpAddresses.key(IpAddresses.parse(ip));
    }

    static ExposureReport map(ResultSet rs, int n) throws SQLException {
        return new ExposureReport(rs.getLong("id"), rs.getString("ip"), Sql.intOrNull(rs, "port"),
                Sql.instant(rs, "seen_at"), rs.getString("source"), ExposureReport.Kind.valueOf(rs.getString("kind")),
                rs.getString("detail"), Sql.instant(rs, "imported_at"), rs.getString("imported_by"));
    }
}
