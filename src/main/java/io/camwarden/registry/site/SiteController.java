package io.camwarden.registry.site;

import io.camwarden.domain.Caller;
import io.camwarden.domain.Site;
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
@RequestMapping("/api/v1/sites")
@Tag(name = "Sites", description = "Places where devices are installed, with district and ward")
public class SiteController {

    private final SiteService sites;

    public SiteController(SiteService sites) {
        this.sites = sites;
    }

    @GetMapping
    @Operation(summary = "List sites in your scope")
    public Page<Site> list(Caller caller,
                           @RequestParam(required = false) Long organizationId,
                           @RequestParam(required = false) String district,
                           @Parameter(description = "Text in the name or address") @RequestParam(required = false) String q,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @Parameter(description = "id, name, district, ward, createdAt, updatedAt; add ,desc to reverse")
                           @RequestParam(required = false) String sort) {
        return sites.list(caller, new SiteRepository.Filter(organizationId, district, q),
                PageRequest.of(page, size, sort, SiteRepository.SORTABLE, "name"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a site")
    public Site get(Caller caller, @PathVariable long id) {
        return sites.get(caller, id);
    }

    @PostMapping
    @Operation(summary = "Create a site")
    public ResponseEntity<Site> create(Caller caller, @RequestBody SiteRequest body) {
        Site s = sites.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + s.id())).body(s);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a site")
    public Site update(Caller caller, @PathVariable long id, @RequestBody SiteRequest body) {
        return sites.update(caller, id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a site without devices")
    public ResponseEntity<Void> delete(Caller caller, @PathVariable long id) {
        sites.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
