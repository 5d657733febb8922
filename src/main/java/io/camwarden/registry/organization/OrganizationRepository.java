package io.camwarden.registry.organization;

import io.camwarden.domain.Contact;
import io.camwarden.domain.Language;
import io.camwarden.domain.Organization;
import io.camwarden.domain.OrganizationKind;
import io.camwarden.domain.Scope;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for organisations. Every read takes the caller's scope. */
@Repository
public class OrganizationRepository {

    static final Map<String, String> SORTABLE = Map.of("id", "o.id", "name", "o.name", "kind", "o.kind",
            "createdAt", "o.created_at", "updatedAt", "o.updated_at");

    /** List filters; null fields do not filter. */
    public record Filter(String kind, Long parentId, String q) {
    }

    private final JdbcClient jdbc;

    public OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organization> find(Scope scope, long id) {
        Where w = ScopeSql.organizations(scope, new Where().and("o.id = :id", "id", id));
        return jdbc.sql("SELECT o.* FROM organization o WHERE " + w.sql()).params(w.params())
                .query(OrganizationRepository::map).optional().map(this::withContacts);
    }

    public Page<Organization> list(Scope scope, Filter f, PageRequest page) {
        Where w = ScopeSql.organizations(scope, new Where());
        if (f.kind() != null) {
            w.and("o.kind = :kind", "kind", f.kind());
        }
        if (f.parentId() != null) {
            w.and("o.parent_id = :parentId", "parentId", f.parentId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.and("LOWER(o.name) LIKE :q ESCAPE '\\'", "q", Sql.containsPattern(f.q()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM organization o WHERE " + w.sql()).params(w.params())
                .query(Long.class).single();
        List<Organization> items = jdbc.sql("SELECT o.* FROM organization o WHERE " + w.sql()
                        + " ORDER BY " + page.orderBy() + ", o.id LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(OrganizationRepository::map).list();
        return new Page<>(withContacts(items), page.page(), page.size(), total);
    }

    /** Id by exact name within the scope; more than one match is reported by the caller as ambiguous. */
    /** Records with exactly this name within the scope (names need not be unique). */
    public List<Organization> findByName(Scope scope, String name) {
        Where w = ScopeSql.organizations(scope, new Where().and("o.name = :name", "name", name));
        return jdbc.sql("SELECT o.* FROM organization o WHERE " + w.sql()).params(w.params())
                .query(OrganizationRepository::map).list();
    }

    public String pathOf(long id) {
        return jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", id).query(String.class).single();
    }

    public long insert(Organization o, String parentPath, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organization (parent_id, path, name, kind, created_at, updated_at)"
                        + " VALUES (:parentId, '/', :name, :kind, :now, :now)")
                .param("parentId", o.parentId()).param("name", o.name()).param("kind", o.kind().name())
                .param("now", Sql.utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("UPDATE organization SET path = :path WHERE id = :id")
                .param("path", (parentPath == null ? "/" : parentPath) + id + "/").param("id", id).update();
        saveContacts(id, o.contacts());
        return id;
    }

    public void update(Organization o, Instant now) {
        jdbc.sql("UPDATE organization SET name = :name, kind = :kind, parent_id = :parentId, updated_at = :now"
                        + " WHERE id = :id")
                .param("name", o.name()).param("kind", o.kind().name()).param("parentId", o.parentId())
                .param("now", Sql.utc(now)).param("id", o.id()).update();
        saveContacts(o.id(), o.contacts());
    }

    /** Re-roots a subtree after its top moved: every path that began with oldPath now begins with newPath. */
    public void movePaths(String oldPath, String newPath) {
        jdbc.sql("UPDATE organization SET path = :newPath || SUBSTRING(path, :from) WHERE path LIKE :old")
                .param("newPath", newPath).param("from", oldPath.length() + 1).param("old", oldPath + "%").update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM organization WHERE id = :id").param("id", id).update();
    }

    /** What still refers to an organisation, by kind of record; empty when it may be deleted. */
    public Map<String, Long> references(long id) {
        Map<String, Long> refs = new HashMap<>();
        count(refs, "child organizations", "SELECT COUNT(*) FROM organization WHERE parent_id = :id", id);
        count(refs, "devices", "SELECT COUNT(*) FROM device WHERE owner_organization_id = :id"
                + " OR operator_organization_id = :id", id);
        count(refs, "sites", "SELECT COUNT(*) FROM site WHERE organization_id = :id", id);
        count(refs, "information systems", "SELECT COUNT(*) FROM information_system WHERE organization_id = :id", id);
        count(refs, "users", "SELECT COUNT(*) FROM app_user WHERE organization_id = :id", id);
        return refs;
    }

    private void count(Map<String, Long> refs, String what, String sql, long id) {
        long n = jdbc.sql(sql).param("id", id).query(Long.class).single();
        if (n > 0) {
            refs.put(what, n);
        }
    }

    private void saveContacts(long id, List<Contact> contacts) {
        jdbc.sql("DELETE FROM organization_contact WHERE organization_id = :id").param("id", id).update();
        int pos = 0;
        for (Contact c : contacts) {
            jdbc.sql("INSERT INTO organization_contact (organization_id, position, name, email, phone, postal_address,"
                            + " language) VALUES (:id, :pos, :name, :email, :phone, :addr, :lang)")
                    .param("id", id).param("pos", pos++).param("name", c.name()).param("email", c.email())
                    .param("phone", c.phone()).param("addr", c.postalAddress()).param("lang", c.language().code())
                    .update();
        }
    }

    private Organization withContacts(Organization o) {
        return withContacts(List.of(o)).getFirst();
    }

    private List<Organization> withContacts(List<Organization> orgs) {
        if (orgs.isEmpty()) {
            return orgs;
        }
        Map<Long, List<Contact>> byOrg = new HashMap<>();
        Collection<Long> ids = orgs.stream().map(Organization::id).toList();
        jdbc.sql("SELECT * FROM organization_contact WHERE organization_id IN (:ids) ORDER BY organization_id, position")
                .param("ids", ids)
                .query((rs, n) -> {
                    byOrg.computeIfAbsent(rs.getLong("organization_id"), k -> new ArrayList<>())
                            .add(new Contact(rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                                    rs.getString("postal_address"), Language.of(rs.getString("language"))));
                    return null;
                }).list();
        return orgs.stream().map(o -> new Organization(o.id(), o.parentId(), o.name(), o.kind(),
                byOrg.getOrDefault(o.id(), List.of()), o.createdAt(), o.updatedAt())).toList();
    }

    static Organization map(ResultSet rs, int n) throws SQLException {
        return new Organization(rs.getLong("id"), Sql.longOrNull(rs, "parent_id"), rs.getString("name"),
                OrganizationKind.valueOf(rs.getString("kind")), List.of(),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
