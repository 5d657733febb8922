package io.camwarden.registry.site;

import io.camwarden.domain.Scope;
import io.camwarden.domain.Site;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for sites. Every read takes the caller's scope. */
@Repository
public class SiteRepository {

    static final Map<String, String> SORTABLE = Map.of("id", "s.id", "name", "s.name", "district", "s.district",
            "ward", "s.ward", "createdAt", "s.created_at", "updatedAt", "s.updated_at");

    /** List filters; null fields do not filter. */
    public record Filter(Long organizationId, String district, String q) {
    }

    private final JdbcClient jdbc;

    public SiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Site> find(Scope scope, long id) {
        Where w = ScopeSql.sites(scope, new Where().and("s.id = :id", "id", id));
        return jdbc.sql("SELECT s.* FROM site s WHERE " + w.sql()).params(w.params()).query(SiteRepository::map)
                .optional();
    }

    public Page<Site> list(Scope scope, Filter f, PageRequest page) {
        Where w = ScopeSql.sites(scope, new Where());
        if (f.organizationId() != null) {
            w.and("s.organization_id = :org", "org", f.organizationId());
        }
        if (f.district() != null && !f.district().isBlank()) {
            w.and("s.district_key = :district", "district", Scope.Districts.normalize(f.district()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.and("LOWER(s.name) LIKE :q ESCAPE '\\' OR LOWER(s.address) LIKE :q ESCAPE '\\'", "q",
                    Sql.containsPattern(f.q()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM site s WHERE " + w.sql()).params(w.params()).query(Long.class)
                .single();
        List<Site> items = jdbc.sql("SELECT s.* FROM site s WHERE " + w.sql() + " ORDER BY " + page.orderBy()
                        + ", s.id LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(SiteRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Records with exactly this name within the scope (names need not be unique). */
    public List<Site> findByName(Scope scope, String name) {
        Where w = ScopeSql.sites(scope, new Where().and("s.name = :name", "name", name));
        return jdbc.sql("SELECT s.* FROM site s WHERE " + w.sql()).params(w.params())
                .query(SiteRepository::map).list();
    }

    public long insert(Site s, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO site (organization_id, name, address, district, district_key, ward, latitude, longitude,"
                        + " created_at, updated_at) VALUES (:org, :name, :address, :district, :districtKey, :ward,"
                        + " :lat, :lon, :now, :now)")
                .params(params(s)).param("now", Sql.utc(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void update(Site s, Instant now) {
        jdbc.sql("UPDATE site SET organization_id = :org, name = :name, address = :address, district = :district,"
                        + " district_key = :districtKey, ward = :ward, latitude = :lat, longitude = :lon,"
                        + " updated_at = :now WHERE id = :id")
                .params(params(s)).param("now", Sql.utc(now)).param("id", s.id()).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM site WHERE id = :id").param("id", id).update();
    }

    public long deviceCount(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM device WHERE site_id = :id").param("id", id).query(Long.class).single();
    }

    private static Map<String, Object> params(Site s) {
        var m = new java.util.HashMap<String, Object>();
        m.put("org", s.organizationId());
        m.put("name", s.name());
        m.put("address", s.address());
        m.put("district", s.district());
        m.put("districtKey", s.district() == null ? null : Scope.Districts.normalize(s.district()));
        m.put("ward", s.ward());
        m.put("lat", s.latitude());
        m.put("lon", s.longitude());
        return m;
    }

    static Site map(ResultSet rs, int n) throws SQLException {
        return new Site(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"), rs.getString("address"),
                rs.getString("district"), rs.getString("ward"), Sql.doubleOrNull(rs, "latitude"),
                Sql.doubleOrNull(rs, "longitude"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
