package io.camwarden.console.organization;

import io.camwarden.domain.Caller;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Where;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree as far as the caller may see it, one level at a time (a city has tens of
 * thousands of subscriber households under its ISPs). The tops are the visible organisations whose parent
 * is not visible: the roots for a regulator, the own organisation for an owner or ISP.
 */
@Repository
public class OrganizationTree {

    /** Shown per level; below that, the page points to the search. */
    public static final int LEVEL_LIMIT = 500;

    /** One organisation in the tree and how many visible organisations are directly below it. */
    public record Node(long id, String name, String kind, long children) {
    }

    private final JdbcClient jdbc;

    public OrganizationTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Node> tops(Caller caller) {
        Where visible = ScopeSql.organizations(caller.scope(), new Where());
        Where w = ScopeSql.organizations(caller.scope(), new Where()).and("o.parent_id IS NULL OR o.parent_id NOT IN"
                + " (SELECT o.id FROM organization o WHERE " + visible.sql() + ")");
        return nodes(caller, "SELECT o.id, o.name, o.kind FROM organization o WHERE " + w.sql(), w.params());
    }

    @Transactional(readOnly = true)
    public List<Node> children(Caller caller, long parentId) {
        Where w = ScopeSql.organizations(caller.scope(), new Where().and("o.parent_id = :parent", "parent", parentId));
        return nodes(caller, "SELECT o.id, o.name, o.kind FROM organization o WHERE " + w.sql(), w.params());
    }

    private List<Node> nodes(Caller caller, String select, Map<String, Object> params) {
        record Row(long id, String name, String kind) {
        }
        List<Row> rows = jdbc.sql(select + " ORDER BY o.name, o.id LIMIT " + LEVEL_LIMIT).params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        Map<Long, Long> counts = new HashMap<>();
        if (!rows.isEmpty()) {
            Where w = ScopeSql.organizations(caller.scope(), new Where().and("o.parent_id IN (:ids)", "ids",
                    rows.stream().map(Row::id).toList()));
            jdbc.sql("SELECT o.parent_id, COUNT(*) FROM organization o WHERE " + w.sql() + " GROUP BY o.parent_id")
                    .params(w.params()).query(rs -> {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        Map<Long, Node> nodes = new LinkedHashMap<>();
        rows.forEach(r -> nodes.put(r.id(), new Node(r.id(), r.name(), r.kind(), counts.getOrDefault(r.id(), 0L))));
        return List.copyOf(nodes.values());
    }
}
