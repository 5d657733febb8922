package io.camwarden.console;

import io.camwarden.domain.Caller;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.Organization;
import io.camwarden.domain.Site;
import io.camwarden.registry.Page;
import io.camwarden.registry.organization.OrganizationController;
import io.camwarden.registry.site.SiteController;
import io.camwarden.registry.system.InformationSystemController;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The records a form or filter may refer to, for its drop-down lists: only those in the caller's scope.
 * Past {@link #LIMIT} records a drop-down is no help; the page then asks for the number (id) instead.
 */
@Component
public class Choices {

    public static final int LIMIT = 1000;

    /** One option: its id and what the user reads. */
    public record Option(long id, String label) {
    }

    /** The options, and whether they are all there are. */
    public record Options(List<Option> items, boolean complete) {
        /** Whether the form value (an id as text) is one of the options. */
        public boolean contains(String id) {
            return id != null && items.stream().anyMatch(o -> Long.toString(o.id()).equals(id.strip()));
        }
    }

    private final OrganizationController organizations;
    private final SiteController sites;
    private final InformationSystemController systems;

    public Choices(OrganizationController organizations, SiteController sites, InformationSystemController systems) {
        this.organizations = organizations;
        this.sites = sites;
        this.systems = systems;
    }

    public Options organizations(Caller caller) {
        Page<Organization> p = organizations.list(caller, null, null, null, 0, LIMIT, "name");
        return options(p, p.items().stream().map(o -> new Option(o.id(), o.name())).toList());
    }

    public Options sites(Caller caller) {
        Page<Site> p = sites.list(caller, null, null, null, 0, LIMIT, "name");
        return options(p, p.items().stream().map(s -> new Option(s.id(),
                s.district() == null ? s.name() : s.name() + " (" + s.district() + ")")).toList());
    }

    public Options systems(Caller caller) {
        Page<InformationSystem> p = systems.list(caller, null, null, null, null, 0, LIMIT, "name");
        return options(p, p.items().stream().map(i -> new Option(i.id(), i.name())).toList());
    }

    private static Options options(Page<?> page, List<Option> items) {
        return new Options(items, page.total() <= items.size());
    }
}
