package io.camwarden.console;

import io.camwarden.domain.Caller;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.organization.OrganizationService;
import io.camwarden.registry.site.SiteService;
import io.camwarden.registry.system.InformationSystemService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/**
 * Names of the organisations, sites and information systems a page refers to by id. Read through the
 * services, so within the caller's scope: a record the caller may not see shows as its number only.
 * {@link #open} gives a lookup for one page, which asks for each record once however many rows name it.
 */
@Component
public class RecordNames {

    private final OrganizationService organizations;
    private final SiteService sites;
    private final InformationSystemService systems;

    public RecordNames(OrganizationService organizations, SiteService sites, InformationSystemService systems) {
        this.organizations = organizations;
        this.sites = sites;
        this.systems = systems;
    }

    public Lookup open(Caller caller) {
        return new Lookup(caller);
    }

    /** The lookup of one page; templates call {@code names.organization(id)}. */
    public final class Lookup {
        private final Caller caller;
        private final Map<String, Optional<String>> cache = new HashMap<>();

        private Lookup(Caller caller) {
            this.caller = caller;
        }

        public String organization(Long id) {
            return label(id, "organization");
        }

        public String site(Long id) {
            return label(id, "site");
        }

        public String system(Long id) {
            return label(id, "system");
        }

        /**
         * A value as the device history recorded it, with the names of referenced records instead of their
         * numbers (ownerOrganizationId "12" reads as the owner's name).
         */
        public String historyValue(String field, String value) {
            if (value == null || !value.matches("\\d{1,18}")) {
                return value;
            }
            return switch (field) {
                case "ownerOrganizationId", "operatorOrganizationId" -> organization(Long.valueOf(value));
                case "siteId" -> site(Long.valueOf(value));
                case "informationSystemId" -> system(Long.valueOf(value));
                default -> value;
            };
        }

        /** Whether the caller can open the record (else the page shows its number without a link). */
        public boolean visible(String kind, Long id) {
            return id != null && lookup(kind, id).isPresent();
        }

        private String label(Long id, String kind) {
            return id == null ? null : lookup(kind, id).orElse("#" + id);
        }

        private Optional<String> lookup(String kind, long id) {
            return cache.computeIfAbsent(kind + id, k -> {
                LongFunction<String> read = switch (kind) {
                    case "organization" -> i -> organizations.get(caller, i).name();
                    case "site" -> i -> sites.get(caller, i).name();
                    default -> i -> systems.get(caller, i).name();
                };
                try {
                    return Optional.of(read.apply(id));
                } catch (NotFoundException e) {
                    return Optional.empty();
                }
            });
        }
    }
}
