package io.camwarden.domain;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the registry a user may see. Storage turns a scope into a predicate inside every query
 * (lists, single reads, counts, exports and search alike) so nothing outside it is ever read.
 */
public sealed interface Scope {

    /** Regulators, administrators and inspectors: the whole registry. */
    record Everything() implements Scope {
    }

    /**
     * Devices owned by an organisation or any organisation below it. An ISP sees only the
     * SUBSCRIBER organisations below it, not other branches it may hold.
     */
    record OrganizationSubtree(long organizationId, boolean subscribersOnly) implements Scope {
    }

    /** Devices at sites in the given districts (compared case-insensitively). */
    record Districts(Set<String> districts) implements Scope {
        public Districts {
            TreeSet<String> normalized = new TreeSet<>();
            for (String d : districts) {
                if (d != null && !d.isBlank()) {
                    normalized.add(normalize(d));
                }
            }
            districts = Set.copyOf(normalized);
        }

        public static String normalize(String district) {
            return district.strip().toLowerCase(Locale.ROOT);
        }
    }

    Scope EVERYTHING = new Everything();

    /** The scope a user of this role, organisation and district grant works in. */
    static Scope of(Role role, Long organizationId, Set<String> districts) {
        return switch (role) {
            case ADMIN, REGULATOR -> EVERYTHING;
            case INSPECTOR -> districts == null || districts.isEmpty() ? EVERYTHING : new Districts(districts);
            case POLICE -> new Districts(districts == null ? Set.of() : districts);
            case ISP -> new OrganizationSubtree(requireOrg(role, organizationId), true);
            case OWNER -> new OrganizationSubtree(requireOrg(role, organizationId), false);
        };
    }

    private static long requireOrg(Role role, Long organizationId) {
        if (organizationId == null) {
            throw new IllegalArgumentException(role + " users must belong to an organization");
        }
        return organizationId;
    }
}
