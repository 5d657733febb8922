package io.camwarden.registry.device;

import io.camwarden.domain.Caller;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.Organization;
import io.camwarden.domain.Site;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.References;
import io.camwarden.registry.organization.OrganizationRepository;
import io.camwarden.registry.site.SiteRepository;
import io.camwarden.registry.system.InformationSystemRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Resolves the owner, operator, site and information-system columns of import rows: a name, or an id
 * written as {@code #42} (or plain digits). Everything is looked up within the caller's scope and
 * cached for the import, so a file naming the same few organisations 100,000 times asks the database once.
 * A site or system name used by several organisations is narrowed to the device owner's own.
 */
final class ReferenceResolver {

    /** An id, or why there is none. */
    record Ref(Long id, String error) {
        static Ref of(long id) {
            return new Ref(id, null);
        }

        static Ref fail(String error) {
            return new Ref(null, error);
        }
    }

    private static final Pattern ID = Pattern.compile("#?\\d{1,18}");

    private final Caller caller;
    private final References references;
    private final OrganizationRepository organizations;
    private final SiteRepository sites;
    private final InformationSystemRepository systems;
    private final Map<String, Ref> cache = new HashMap<>();

    ReferenceResolver(Caller caller, References references, OrganizationRepository organizations,
                      SiteRepository sites, InformationSystemRepository systems) {
        this.caller = caller;
        this.references = references;
        this.organizations = organizations;
        this.sites = sites;
        this.systems = systems;
    }

    Ref owner(String value) {
        return cache.computeIfAbsent("owner|" + value, k -> organization(value, true));
    }

    Ref operator(String value) {
        return cache.computeIfAbsent("operator|" + value, k -> organization(value, false));
    }

    Ref site(String value, long ownerId) {
        return cache.computeIfAbsent("site|" + ownerId + "|" + value, k -> {
            if (ID.matcher(value).matches()) {
                long id = parseId(value);
                FieldErrors e = new FieldErrors();
                return references.site(caller, id, "site", e).map(s -> Ref.of(s.id())).orElseGet(() -> Ref.fail(
                        "site " + value + " not found in your scope"));
            }
            return pick("site", value, sites.findByName(caller.scope(), value), Site::id, Site::organizationId, ownerId);
        });
    }

    Ref informationSystem(String value, long ownerId) {
        return cache.computeIfAbsent("system|" + ownerId + "|" + value, k -> {
            if (ID.matcher(value).matches()) {
                long id = parseId(value);
                FieldErrors e = new FieldErrors();
                return references.informationSystem(caller, id, "information_system", e).map(s -> Ref.of(s.id()))
                        .orElseGet(() -> Ref.fail("information system " + value + " not found in your scope"));
            }
            return pick("information system", value, systems.findByName(caller.scope(), value),
                    InformationSystem::id, InformationSystem::organizationId, ownerId);
        });
    }

    private Ref organization(String value, boolean asOwner) {
        Long id;
        if (ID.matcher(value).matches()) {
            id = parseId(value);
        } else {
            List<Organization> found = organizations.findByName(caller.scope(), value);
            if (found.isEmpty()) {
                return Ref.fail("no organization named '" + value + "' in your scope");
            }
            if (found.size() > 1) {
                return Ref.fail(found.size() + " organizations are named '" + value + "': write its id instead, e.g. #"
                        + found.getFirst().id());
            }
            id = found.getFirst().id();
        }
        FieldErrors e = new FieldErrors();
        var org = asOwner ? references.deviceOwner(caller, id, "owner", e)
                : references.organization(caller, id, "operator", e);
        if (org.isEmpty()) {
            return Ref.fail(e.isEmpty() ? "organization " + value + " not found in your scope"
                    : e.list().getFirst().message());
        }
        return Ref.of(org.get().id());
    }

    private static <T> Ref pick(String what, String value, List<T> found, Function<T, Long> id,
                                Function<T, Long> org, long ownerId) {
        if (found.isEmpty()) {
            return Ref.fail("no " + what + " named '" + value + "' in your scope");
        }
        if (found.size() == 1) {
            return Ref.of(id.apply(found.getFirst()));
        }
        List<T> owners = found.stream().filter(x -> org.apply(x) == ownerId).toList();
        if (owners.size() == 1) {
            return Ref.of(id.apply(owners.getFirst()));
        }
        return Ref.fail(found.size() + " " + what + "s are named '" + value + "': write its id instead, e.g. #"
                + id.apply(found.getFirst()));
    }

    private static long parseId(String value) {
        return Long.parseLong(value.startsWith("#") ? value.substring(1) : value);
    }
}
