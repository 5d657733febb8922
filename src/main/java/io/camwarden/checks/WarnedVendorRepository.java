package io.camwarden.checks;

import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.registry.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the warned-vendor lists. They are public rules: reads take no scope. */
@Repository
public class WarnedVendorRepository {

    private final JdbcClient jdbc;

    public WarnedVendorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WarnedVendor> list(boolean includeRetired) {
        return withBrands(jdbc.sql("SELECT * FROM warned_vendor" + (includeRetired ? "" : " WHERE retired_at IS NULL")
                + " ORDER BY id").query(WarnedVendorRepository::map).list());
    }

    public Optional<WarnedVendor> find(long id) {
        return withBrands(jdbc.sql("SELECT * FROM warned_vendor WHERE id = :id").param("id", id)
                .query(WarnedVendorRepository::map).list()).stream().findFirst();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM warned_vendor").query(Long.class).single();
    }

    public long insert(WarnedVendor w) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO warned_vendor (vendor, brands_text, model, min_level, authority, jurisdiction,"
                        + " instrument, scope, effective, source, added_at, added_by) VALUES (:vendor, :brandsText,"
                        + " :model, :minLevel, :authority, :jurisdiction, :instrument, :scope, :effective, :source,"
                        + " :at, :by)")
                .param("vendor", w.vendor()).param("brandsText", w.brandsText()).param("model", w.model())
                .param("minLevel", w.minLevel()).param("authority", w.authority())
                .param("jurisdiction", w.jurisdiction()).param("instrument", w.instrument())
                .param("scope", w.scope()).param("effective", w.effective()).param("source", w.source())
                .param("at", Sql.utc(w.addedAt())).param("by", w.addedBy())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < w.brands().size(); i++) {
            WarnedVendor.Brand b = w.brands().get(i);
            jdbc.sql("INSERT INTO warned_vendor_brand (warned_vendor_id, position, brand, remark) VALUES (:id, :pos,"
                    + " :brand, :remark)").param("id", id).param("pos", i + 1).param("brand", b.name())
                    .param("remark", b.remark()).update();
        }
        return id;
    }

    public void retire(long id, Instant at, String by, String reason) {
        jdbc.sql("UPDATE warned_vendor SET retired_at = :at, retired_by = :by, retired_reason = :reason WHERE id = :id")
                .param("at", Sql.utc(at)).param("by", by).param("reason", reason).param("id", id).update();
    }

    private List<WarnedVendor> withBrands(List<WarnedVendor> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, List<WarnedVendor.Brand>> brands = new HashMap<>();
        jdbc.sql("SELECT * FROM warned_vendor_brand WHERE warned_vendor_id IN (:ids) ORDER BY warned_vendor_id, position")
                .param("ids", entries.stream().map(WarnedVendor::id).toList())
                .query((ResultSet rs) -> {
                    brands.computeIfAbsent(rs.getLong("warned_vendor_id"), k -> new ArrayList<>())
                            .add(new WarnedVendor.Brand(rs.getString("brand"), rs.getString("remark")));
                });
        return entries.stream().map(w -> new WarnedVendor(w.id(), w.vendor(), brands.get(w.id()), w.brandsText(),
                w.model(), w.minLevel(), w.authority(), w.jurisdiction(), w.instrument(), w.scope(), w.effective(),
                w.source(), w.addedAt(), w.addedBy(), w.retiredAt(), w.retiredBy(), w.retiredReason())).toList();
    }

    static WarnedVendor map(ResultSet rs, int n) throws SQLException {
        return new WarnedVendor(rs.getLong("id"), rs.getString("vendor"), List.of(), rs.getString("brands_text"),
                rs.getString("model"), Sql.intOrNull(rs, "min_level"), rs.getString("authority"),
                rs.getString("jurisdiction"), rs.getString("instrument"), rs.getString("scope"),
                rs.getString("effective"), rs.getString("source"), Sql.instant(rs, "added_at"),
                rs.getString("added_by"), Sql.instant(rs, "retired_at"), rs.getString("retired_by"),
                rs.getString("retired_reason"));
    }
}
