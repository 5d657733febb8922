package io.camwarden.registry;

import io.camwarden.domain.Caller;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.Organization;
import io.camwarden.domain.Site;
import io.camwarden.registry.organization.OrganizationRepository;
import io.camwarden.registry.site.SiteRepository;
import io.camwarden.registry.system.InformationSystemRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks that a record named by a write exists within the caller's scope. A reference outside the scope
 * reads as "not found", so a scoped user cannot attach records to, or probe for, organisations beyond it.
 */
@Component
public class References {

    private final OrganizationRepository organizations;
    private final SiteRepository sites;
    private final InformationSystemRepository systems;

    public References(OrganizationRepository organizations, SiteRepository sites, InformationSystemRepository systems) {
        this.organizations = organizations;
        this.sites = sites;
        this.systems = systems;
    }

    public Optional<Organization> organization(Caller caller, Long id, String field, FieldErrors errors) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Organization> o = organizations.find(caller.scope(), id);
        if (o.isEmpty()) {
            errors.add(field, "organization " + id + " not found");
        }
        return o;
    }

    /**
     * The owner of a device being written: visible to the caller, and inside the caller's device scope
     * (an ISP may register devices for its SUBSCRIBER households only, not for itself).
     */
    public Optional<Organization> deviceOwner(Caller caller, Long id, String field, FieldErrors errors) {
        Optional<Organization> o = organization(caller, id, field, errors);
        if (o.isPresent() && caller.scope() instanceof io.camwarden.domain.Scope.OrganizationSubtree s
                && s.subscribersOnly() && o.get().kind() != io.camwarden.domain.OrganizationKind.SUBSCRIBER) {
            errors.add(field, "you may register devices only for SUBSCRIBER organizations");
            return Optional.empty();
        }
        return o;
    }

    public Optional<Site> site(Caller caller, Long id, String field, FieldErrors errors) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Site> s = sites.find(caller.scope(), id);
        if (s.isEmpty()) {
            errors.add(field, "site " + id + " not found");
        }
        return s;
    }

    public Optional<InformationSystem> informationSystem(Caller caller, Long id, String field, FieldErrors errors) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<InformationSystem> i = systems.find(caller.scope(), id);
        if (i.isEmpty()) {
            errors.add(field, "information system " + id + " not found");
        }
        return i;
    }
}
