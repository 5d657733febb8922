package io.camwarden.registry.device;

import io.camwarden.domain.Scope;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Where;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How an export names organisations, sites and information systems: by name where the import would
 * find exactly that record again, else as {@code #id}. So every export can be imported back unchanged.
 */
final class ExportNames {

    private record Named(String name, long organizationId) {
    }

    private final Map<Long, Named> orgs = new HashMap<>();
    private final Map<Long, Named> sites = new HashMap<>();
    private final Map<Long, Named> systems = new HashMap<>();
    private final Map<String, Integer> orgNameCount = new HashMap<>();
    private final Map<String, Integer> siteNameCount = new HashMap<>();
    private final Map<String, Integer> siteOwnerNameCount = new HashMap<>();
    private final Map<String, Integer> systemNameCount = new HashMap<>();
    private final Map<String, Integer> systemOwnerNameCount = new HashMap<>();

    ExportNames(JdbcClient jdbc, Scope scope) {
        Where wo = ScopeSql.organizations(scope, new Where());
        jdbc.sql("SELECT o.id, o.name FROM organization o WHERE " + wo.sql()).params(wo.params()).query(rs -> {
            orgs.put(rs.getLong(1), new Named(rs.getString(2), rs.getLong(1)));
            orgNameCount.merge(rs.getString(2), 1, Integer::sum);
        });
        Where ws = ScopeSql.sites(scope, new Where());
        jdbc.sql("SELECT s.id, s.name, s.organization_id FROM site s WHERE " + ws.sql()).params(ws.params()).query(rs -> {
            sites.put(rs.getLong(1), new Named(rs.getString(2), rs.getLong(3)));
            siteNameCount.merge(rs.getString(2), 1, Integer::sum);
            siteOwnerNameCount.merge(rs.getLong(3) + "|" + rs.getString(2), 1, Integer::sum);
        });
        Where wi = ScopeSql.informationSystems(scope, new Where());
        jdbc.sql("SELECT i.id, i.name, i.organization_id FROM information_system i WHERE " + wi.sql())
                .params(wi.params()).query(rs -> {
                    systems.put(rs.getLong(1), new Named(rs.getString(2), rs.getLong(3)));
                    systemNameCount.merge(rs.getString(2), 1, Integer::sum);
                    systemOwnerNameCount.merge(rs.getLong(3) + "|" + rs.getString(2), 1, Integer::sum);
                });
    }

    String organization(Long id) {
        if (id == null) {
            return "";
        }
        Named n = orgs.get(id);
        return n != null && orgNameCount.get(n.name()) == 1 && !looksLikeId(n.name()) ? n.name() : "#" + id;
    }

    String site(Long id, long deviceOwner) {
        return placed(id, deviceOwner, sites, siteNameCount, siteOwnerNameCount);
    }

    String informationSystem(Long id, long deviceOwner) {
        return placed(id, deviceOwner, systems, systemNameCount, systemOwnerNameCount);
    }

    /** Mirrors the import: a unique name, or a name unique among the device owner's own records. */
    private static String placed(Long id, long deviceOwner, Map<Long, Named> records, Map<String, Integer> counts,
                                 Map<String, Integer> ownerCounts) {
        if (id == null) {
            return "";
        }
        Named n = records.get(id);
        if (n == null || looksLikeId(n.name())) {
            return "#" + id;
        }
        if (counts.get(n.name()) == 1) {
            return n.name();
        }
        boolean ownersOwn = n.organizationId() == deviceOwner && ownerCounts.get(deviceOwner + "|" + n.name()) == 1;
        return ownersOwn ? n.name() : "#" + id;
    }

    private static boolean looksLikeId(String name) {
        return name.matches("#?\\d{1,18}");
    }
}
