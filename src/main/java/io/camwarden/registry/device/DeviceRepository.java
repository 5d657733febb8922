package io.camwarden.registry.device;

import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceKind;
import io.camwarden.domain.Scope;
import io.camwarden.domain.net.Cidr;
import io.camwarden.domain.net.IpAddresses;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for devices and their addresses, ports and tags. Every read takes the caller's scope; writes come
 * in single and batch forms (bulk import writes thousands of rows per statement batch).
 */
@Repository
public class DeviceRepository {

    static final Map<String, String> SORTABLE = Map.ofEntries(Map.entry("id", "d.id"),
            Map.entry("vendor", "d.vendor"), Map.entry("model", "d.model"), Map.entry("kind", "d.kind"),
            Map.entry("firmware", "d.firmware"), Map.entry("serial", "d.serial"), Map.entry("mac", "d.mac"),
            Map.entry("installedOn", "d.installed_on"), Map.entry("endOfSupport", "d.end_of_support"),
            Map.entry("createdAt", "d.created_at"), Map.entry("updatedAt", "d.updated_at"));

    /** List filters; null fields do not filter. {@code ip} is an address or a CIDR network. */
    public record Filter(String vendor, String model, DeviceKind kind, Long organizationId, Long siteId,
                         Long informationSystemId, String district, Integer securityLevel, Cidr ip, String q,
                         String tag, DeviceStatus status) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private static final String INSERT = "INSERT INTO device (kind, vendor, model, firmware, hardware_version, serial,"
            + " mac, owner_organization_id, operator_organization_id, site_id, information_system_id, installed_on,"
            + " end_of_support, certificate_origin, certificate_quality, qcvn135, notes, search_text, created_at,"
            + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE device SET kind = ?, vendor = ?, model = ?, firmware = ?,"
            + " hardware_version = ?, serial = ?, mac = ?, owner_organization_id = ?, operator_organization_id = ?,"
            + " site_id = ?, information_system_id = ?, installed_on = ?, end_of_support = ?, certificate_origin = ?,"
            + " certificate_quality = ?, qcvn135 = ?, notes = ?, search_text = ?, updated_at = ?,"
            + " version = version + 1 WHERE id = ?";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public DeviceRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Device> find(Scope scope, long id) {
        Where w = ScopeSql.devices(scope, new Where().and("d.id = :id", "id", id));
        List<Device> found = withChildren(jdbc.sql("SELECT d.* FROM device d WHERE " + w.sql()).params(w.params())
                .query(DeviceRepository::map).list());
        return found.stream().findFirst();
    }

    public Page<Device> list(Scope scope, Filter f, PageRequest page) {
        Where w = where(scope, f);
        String from = " FROM device d LEFT JOIN site fs ON fs.id = d.site_id"
                + " LEFT JOIN information_system fi ON fi.id = d.information_system_id WHERE " + w.sql();
        long total = jdbc.sql("SELECT COUNT(*)" + from).params(w.params()).query(Long.class).single();
        List<Device> items = jdbc.sql("SELECT d.*" + from + " ORDER BY " + page.orderBy()
                        + ", d.id LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(DeviceRepository::map).list();
        return new Page<>(withChildren(items), page.page(), page.size(), total);
    }

    /** These devices, whoever owns them, in id order (internal work such as vulnerability matching). */
    public List<Device> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withChildren(jdbc.sql("SELECT d.* FROM device d WHERE d.id IN (:ids) ORDER BY d.id").param("ids", ids)
                .query(DeviceRepository::map).list());
    }

    /** Every device in scope, in id order, handed over in batches (export; bounded memory). */
    public void forEachBatch(Scope scope, int batchSize, Consumer<List<Device>> sink) {
        Where w = ScopeSql.devices(scope, new Where());
        List<Device> batch = new ArrayList<>(batchSize);
        try (Stream<Device> rows = jdbc.sql("SELECT d.* FROM device d WHERE " + w.sql() + " ORDER BY d.id")
                .params(w.params()).withFetchSize(batchSize).query(DeviceRepository::map).stream()) {
            var it = rows.iterator();
            while (it.hasNext()) {
                batch.add(it.next());
                if (batch.size() == batchSize) {
                    sink.accept(withChildren(batch));
                    batch = new ArrayList<>(batchSize);
                }
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(withChildren(batch));
        }
    }

    /** The scope and the filters, for queries that join device d, site fs and information_system fi. */
    public static Where where(Scope scope, Filter f) {
        Where w = ScopeSql.devices(scope, new Where());
        if (f.vendor() != null && !f.vendor().isBlank()) {
            w.and("LOWER(d.vendor) = :vendor", "vendor", f.vendor().strip().toLowerCase(Locale.ROOT));
        }
        if (f.model() != null && !f.model().isBlank()) {
            w.and("LOWER(d.model) = :model", "model", f.model().strip().toLowerCase(Locale.ROOT));
        }
        if (f.kind() != null) {
            w.and("d.kind = :kind", "kind", f.kind().name());
        }
        if (f.organizationId() != null) {
            // the organisation and everything below it
            w.and("d.owner_organization_id IN (SELECT fo.id FROM organization fo WHERE fo.path LIKE"
                    + " ((SELECT fp.path FROM organization fp WHERE fp.id = :filterOrg) || '%'))",
                    "filterOrg", f.organizationId());
        }
        if (f.siteId() != null) {
            w.and("d.site_id = :siteId", "siteId", f.siteId());
        }
        if (f.informationSystemId() != null) {
            w.and("d.information_system_id = :isId", "isId", f.informationSystemId());
        }
        if (f.district() != null && !f.district().isBlank()) {
            w.and("fs.district_key = :district", "district", Scope.Districts.normalize(f.district()));
        }
        if (f.securityLevel() != null) {
            w.and("fi.security_level = :level", "level", f.securityLevel());
        }
        if (f.ip() != null) {
            w.and("EXISTS (SELECT 1 FROM device_address fa WHERE fa.device_id = d.id"
                    + " AND fa.ip_key BETWEEN :ipLow AND :ipHigh)", "ipLow", f.ip().lowKey());
            w.param("ipHigh", f.ip().highKey());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.and("d.search_text LIKE :q ESCAPE '\\'", "q", Sql.containsPattern(f.q()));
        }
        if (f.tag() != null && !f.tag().isBlank()) {
            w.and("EXISTS (SELECT 1 FROM device_tag ft WHERE ft.device_id = d.id AND LOWER(ft.tag) = :tag)", "tag",
                    f.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (f.status() != null) {
            w.and((f.status() == DeviceStatus.IN_SERVICE ? "NOT " : "")
                    + "EXISTS (SELECT 1 FROM device_decommission fd WHERE fd.device_id = d.id)");
        }
        return w;
    }

    /**
     * Stored devices with any of these serials or MACs, of one owner or (owner null) of any owner. Two
     * indexed lookups joined by UNION: an OR of the two IN lists would not use the indexes on every database.
     */
    public List<Device> findByKeys(Long ownerId, Collection<String> serials, Collection<String> macs) {
        if (serials.isEmpty() && macs.isEmpty()) {
            return List.of();
        }
        String owner = ownerId == null ? "" : " AND d.owner_organization_id = :owner";
        List<String> selects = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (ownerId != null) {
            params.put("owner", ownerId);
        }
        if (!serials.isEmpty()) {
            selects.add("SELECT d.* FROM device d WHERE d.serial IN (:serials)" + owner);
            params.put("serials", serials);
        }
        if (!macs.isEmpty()) {
            selects.add("SELECT d.* FROM device d WHERE d.mac IN (:macs)" + owner);
            params.put("macs", macs);
        }
        return withChildren(jdbc.sql(String.join(" UNION ", selects)).params(params).query(DeviceRepository::map).list());
    }

    /** Devices in scope whose serial, MAC or one of whose addresses equals the value (scan matching). */
    public List<Device> findBy(Scope scope, String column, String value) {
        Where w = ScopeSql.devices(scope, new Where());
        String condition = switch (column) {
            case "serial" -> "d.serial = :v";
            case "mac" -> "d.mac = :v";
            case "ip" -> "d.id IN (SELECT fa.device_id FROM device_address fa WHERE fa.ip = :v)";
            default -> throw new IllegalArgumentException(column);
        };
        w.and(condition, "v", value);
        return withChildren(jdbc.sql("SELECT d.* FROM device d WHERE " + w.sql()).params(w.params())
                .query(DeviceRepository::map).list());
    }

    public long insert(Device d, Instant now) {
        return insertAll(List.of(d), now).getFirst();
    }

    /** Inserts devices with their children; returns the new ids in input order. */
    public List<Long> insertAll(List<Device> devices, Instant now) {
        if (devices.isEmpty()) {
            return List.of();
        }
        var keys = new GeneratedKeyHolder();
        template.batchUpdate(con -> con.prepareStatement(INSERT, new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                int n = bindFields(ps, devices.get(i));
                ps.setObject(n++, Sql.utc(now));
                ps.setObject(n, Sql.utc(now));
            }

            @Override
            public int getBatchSize() {
                return devices.size();
            }
        }, keys);
        List<Long> ids = keys.getKeyList().stream().map(m -> ((Number) m.values().iterator().next()).longValue()).toList();
        if (ids.size() != devices.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " keys for " + devices.size() + " rows");
        }
        List<Device> withIds = new ArrayList<>(devices.size());
        for (int i = 0; i < devices.size(); i++) {
            withIds.add(withId(devices.get(i), ids.get(i)));
        }
        insertChildren(withIds);
        return ids;
    }

    /** Replaces stored devices (matched by id) and their children; versions go up by one. */
    public void updateAll(List<Device> devices, Instant now) {
        if (devices.isEmpty()) {
            return;
        }
        template.batchUpdate(UPDATE, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                int n = bindFields(ps, devices.get(i));
                ps.setObject(n++, Sql.utc(now));
                ps.setLong(n, devices.get(i).id());
            }

            @Override
            public int getBatchSize() {
                return devices.size();
            }
        });
        List<Long> ids = devices.stream().map(Device::id).toList();
        for (String table : new String[] {"device_address", "device_port", "device_tag"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE device_id IN (:ids)").param("ids", ids).update();
        }
        insertChildren(devices);
    }

    /** Current version of a device, for optimistic concurrency. */
    public Optional<Integer> version(long id) {
        return jdbc.sql("SELECT version FROM device WHERE id = :id").param("id", id).query(Integer.class).optional();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM device WHERE id = :id").param("id", id).update();
    }

    private void insertChildren(List<Device> devices) {
        record Addr(long id, String ip, String key) {
        }
        record Num(long id, int value) {
        }
        record Tag(long id, String tag) {
        }
        List<Addr> addrs = new ArrayList<>();
        List<Num> ports = new ArrayList<>();
        List<Tag> tags = new ArrayList<>();
        for (Device d : devices) {
            d.addresses().forEach(a -> addrs.add(new Addr(d.id(), a, IpAddresses.key(IpAddresses.parse(a)))));
            d.ports().forEach(p -> ports.add(new Num(d.id(), p)));
            d.tags().forEach(t -> tags.add(new Tag(d.id(), t)));
        }
        template.batchUpdate("INSERT INTO device_address (device_id, ip, ip_key) VALUES (?, ?, ?)", addrs, 1000,
                (ps, a) -> {
                    ps.setLong(1, a.id());
                    ps.setString(2, a.ip());
                    ps.setString(3, a.key());
                });
        template.batchUpdate("INSERT INTO device_port (device_id, port) VALUES (?, ?)", ports, 1000, (ps, p) -> {
            ps.setLong(1, p.id());
            ps.setInt(2, p.value());
        });
        template.batchUpdate("INSERT INTO device_tag (device_id, tag) VALUES (?, ?)", tags, 1000, (ps, t) -> {
            ps.setLong(1, t.id());
            ps.setString(2, t.tag());
        });
    }

    /** Binds the 18 content columns shared by INSERT and UPDATE; returns the next parameter index. */
    private static int bindFields(PreparedStatement ps, Device d) throws SQLException {
        int n = 1;
        ps.setString(n++, d.kind().name());
        ps.setString(n++, d.vendor());
        ps.setString(n++, d.model());
        ps.setString(n++, d.firmware());
        ps.setString(n++, d.hardwareVersion());
        ps.setString(n++, d.serial());
        ps.setString(n++, d.mac());
        ps.setLong(n++, d.ownerOrganizationId());
        setLong(ps, n++, d.operatorOrganizationId());
        setLong(ps, n++, d.siteId());
        setLong(ps, n++, d.informationSystemId());
        ps.setObject(n++, d.installedOn(), Types.DATE);
        ps.setObject(n++, d.endOfSupport(), Types.DATE);
        ps.setString(n++, d.certificateOrigin());
        ps.setString(n++, d.certificateQuality());
        ps.setString(n++, d.qcvn135());
        ps.setString(n++, d.notes());
        ps.setString(n++, DeviceRules.searchText(d));
        return n;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private List<Device> withChildren(List<Device> devices) {
        if (devices.isEmpty()) {
            return devices;
        }
        List<Long> ids = devices.stream().map(Device::id).toList();
        Map<Long, List<String>> addrs = new HashMap<>();
        Map<Long, List<Integer>> ports = new HashMap<>();
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("SELECT device_id, ip FROM device_address WHERE device_id IN (:ids) ORDER BY device_id, ip_key")
                .param("ids", ids).query((ResultSet rs) -> {
                    addrs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        jdbc.sql("SELECT device_id, port FROM device_port WHERE device_id IN (:ids) ORDER BY device_id, port")
                .param("ids", ids).query((ResultSet rs) -> {
                    ports.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
                });
        jdbc.sql("SELECT device_id, tag FROM device_tag WHERE device_id IN (:ids) ORDER BY device_id, tag")
                .param("ids", ids).query((ResultSet rs) -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return devices.stream().map(d -> new Device(d.id(), d.kind(), d.vendor(), d.model(), d.firmware(),
                d.hardwareVersion(), d.serial(), d.mac(), addrs.get(d.id()), ports.get(d.id()),
                d.ownerOrganizationId(), d.operatorOrganizationId(), d.siteId(), d.informationSystemId(),
                d.installedOn(), d.endOfSupport(), d.certificateOrigin(), d.certificateQuality(), d.qcvn135(),
                tags.get(d.id()), d.notes(), d.createdAt(), d.updatedAt(), d.version())).toList();
    }

    /** A copy with another vendor, model and firmware (scan drift). */
    public static Device withIdentity(Device d, String vendor, String model, String firmware) {
        return new Device(d.id(), d.kind(), vendor, model, firmware, d.hardwareVersion(), d.serial(), d.mac(),
                d.addresses(), d.ports(), d.ownerOrganizationId(), d.operatorOrganizationId(), d.siteId(),
                d.informationSystemId(), d.installedOn(), d.endOfSupport(), d.certificateOrigin(),
                d.certificateQuality(), d.qcvn135(), d.tags(), d.notes(), d.createdAt(), d.updatedAt(), d.version());
    }

    static Device withId(Device d, long id) {
        return new Device(id, d.kind(), d.vendor(), d.model(), d.firmware(), d.hardwareVersion(), d.serial(), d.mac(),
                d.addresses(), d.ports(), d.ownerOrganizationId(), d.operatorOrganizationId(), d.siteId(),
                d.informationSystemId(), d.installedOn(), d.endOfSupport(), d.certificateOrigin(),
                d.certificateQuality(), d.qcvn135(), d.tags(), d.notes(), d.createdAt(), d.updatedAt(), d.version());
    }

    static Device map(ResultSet rs, int n) throws SQLException {
        return new Device(rs.getLong("id"), DeviceKind.valueOf(rs.getString("kind")), rs.getString("vendor"),
                rs.getString("model"), rs.getString("firmware"), rs.getString("hardware_version"),
                rs.getString("serial"), rs.getString("mac"), List.of(), List.of(),
                rs.getLong("owner_organization_id"), Sql.longOrNull(rs, "operator_organization_id"),
                Sql.longOrNull(rs, "site_id"), Sql.longOrNull(rs, "information_system_id"),
                Sql.date(rs, "installed_on"), Sql.date(rs, "end_of_support"), rs.getString("certificate_origin"),
                rs.getString("certificate_quality"), rs.getString("qcvn135"), List.of(), rs.getString("notes"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getInt("version"));
    }
}
