package io.camwarden.registry;

import io.camwarden.domain.Scope;

/**
 * Turns a caller's {@link Scope} into a condition inside each registry query. This is the one place
 * that decides what a scoped user can see; lists, single reads, counts, exports and search all call it.
 * Organisation subtrees use the materialised path: {@code path LIKE '/1/7/%'}.
 */
public final class ScopeSql {

    private ScopeSql() {
    }

    /** Ids of the organisations in a subtree scope, as a sub-select. */
    private static String subtreeOrgIds(Scope.OrganizationSubtree s) {
        return "SELECT so.id FROM organization so WHERE so.path LIKE "
                + "((SELECT sp.path FROM organization sp WHERE sp.id = :scopeOrg) || '%')"
                + (s.subscribersOnly() ? " AND so.kind = 'SUBSCRIBER'" : "");
    }

    private static final String DISTRICT_SITE_IDS = "SELECT ss.id FROM site ss WHERE ss.district_key IN (:scopeDistricts)";

    /** Devices, aliased {@code d}. */
    public static Where devices(Scope scope, Where w) {
        return switch (scope) {
            case Scope.Everything e -> w;
            case Scope.OrganizationSubtree s ->
                    w.and("d.owner_organization_id IN (" + subtreeOrgIds(s) + ")", "scopeOrg", s.organizationId());
            case Scope.Districts ds -> ds.districts().isEmpty() ? w.and("1=0")
                    : w.and("d.site_id IN (" + DISTRICT_SITE_IDS + ")", "scopeDistricts", ds.districts());
        };
    }

    /** Organisations, aliased {@code o}. An ISP also sees its own organisation. */
    public static Where organizations(Scope scope, Where w) {
        return switch (scope) {
            case Scope.Everything e -> w;
            case Scope.OrganizationSubtree s -> w.and("o.id IN (" + subtreeOrgIds(s) + ") OR o.id = :scopeOrg",
                    "scopeOrg", s.organizationId());
            case Scope.Districts ds -> ds.districts().isEmpty() ? w.and("1=0")
                    : w.and("o.id IN (SELECT sd.owner_organization_id FROM device sd WHERE sd.site_id IN ("
                            + DISTRICT_SITE_IDS + ")) OR o.id IN (SELECT sx.organization_id FROM site sx"
                            + " WHERE sx.district_key IN (:scopeDistricts))", "scopeDistricts", ds.districts());
        };
    }

    /** Sites, aliased {@code s}. */
    public static Where sites(Scope scope, Where w) {
        return switch (scope) {
            case Scope.Everything e -> w;
            case Scope.OrganizationSubtree s ->
                    w.and("s.organization_id IN (" + subtreeOrgIds(s) + ")", "scopeOrg", s.organizationId());
            case Scope.Districts ds -> ds.districts().isEmpty() ? w.and("1=0")
                    : w.and("s.district_key IN (:scopeDistricts)", "scopeDistricts", ds.districts());
        };
    }

    /** Information systems, aliased {@code i}. */
    public static Where informationSystems(Scope scope, Where w) {
        return switch (scope) {
            case Scope.Everything e -> w;
            case Scope.OrganizationSubtree s ->
                    w.and("i.organization_id IN (" + subtreeOrgIds(s) + ")", "scopeOrg", s.organizationId());
            case Scope.Districts ds -> ds.districts().isEmpty() ? w.and("1=0")
                    : w.and("i.id IN (SELECT sd.information_system_id FROM device sd WHERE sd.site_id IN ("
                            + DISTRICT_SITE_IDS + "))", "scopeDistricts", ds.districts());
        };
    }
}
