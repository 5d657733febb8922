package io.camwarden.console;

import io.camwarden.domain.Caller;
import io.camwarden.domain.Scope;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.organization.OrganizationService;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Tells users what part of the registry they are looking at, so a short list is not mistaken for a full one. */
@Component
public class ScopeDescription {

    /** A message key and its one argument. */
    public record Text(String key, String argument) {
    }

    private final OrganizationService organizations;

    public ScopeDescription(OrganizationService organizations) {
        this.organizations = organizations;
    }

    public Text of(Caller caller) {
        return switch (caller.scope()) {
            case Scope.Everything e -> new Text("scope.everything", null);
            case Scope.Districts d -> new Text("scope.districts", String.join(", ", new TreeSet<>(d.districts())));
            case Scope.OrganizationSubtree s -> new Text(s.subscribersOnly() ? "scope.subscribers" : "scope.organization",
                    name(caller, s.organizationId()));
        };
    }

    private String name(Caller caller, long id) {
        try {
            return organizations.get(caller, id).name();
        } catch (NotFoundException e) {
            return "#" + id;
        }
    }
}
