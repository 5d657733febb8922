package io.camwarden.registry.organization;

import io.camwarden.domain.Caller;
import io.camwarden.domain.Organization;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Agencies, businesses, ISPs and households, in a tree")
public class OrganizationController {

    private final OrganizationService organizations;

    public OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "List organizations in your scope")
    public Page<Organization> list(Caller caller,
                                   @RequestParam(required = false) String kind,
                                   @RequestParam(required = false) Long parentId,
                                   @Parameter(description = "Text in the name") @RequestParam(required = false) String q,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @Parameter(description = "id, name, kind, createdAt, updatedAt; add ,desc to reverse")
                                   @RequestParam(required = false) String sort) {
        return organizations.list(caller, new OrganizationRepository.Filter(
                        kind == null ? null : kind.strip().toUpperCase(java.util.Locale.ROOT), parentId, q),
                PageRequest.of(page, size, sort, OrganizationRepository.SORTABLE, "name"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an organization")
    public Organization get(Caller caller, @PathVariable long id) {
        return organizations.get(caller, id);
    }

    @PostMapping
    @Operation(summary = "Create an organization")
    public ResponseEntity<Organization> create(Caller caller, @RequestBody OrganizationRequest body) {
        Organization o = organizations.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + o.id())).body(o);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an organization's name, kind, parent and contacts")
    public Organization update(Caller caller, @PathVariable long id, @RequestBody OrganizationRequest body) {
        return organizations.update(caller, id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an organization that nothing refers to any more")
    public ResponseEntity<Void> delete(Caller caller, @PathVariable long id) {
        organizations.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
