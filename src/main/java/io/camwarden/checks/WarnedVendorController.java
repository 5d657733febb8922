package io.camwarden.checks;

import io.camwarden.domain.Caller;
import io.camwarden.domain.check.WarnedVendor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warned-vendors")
@Tag(name = "Warned vendors", description = "Vendors and brands authorities warned about or restricted (check INV-05)")
public class WarnedVendorController {

    private final WarnedVendorService service;

    public WarnedVendorController(WarnedVendorService service) {
        this.service = service;
    }

    /** A reason to retire an entry. */
    public record Retirement(String reason) {
    }

    @GetMapping
    @Operation(summary = "The warned-vendor list entries", description = "Active entries only, unless includeRetired.")
    public List<WarnedVendor> list(@Parameter(description = "Also list retired entries")
                                   @RequestParam(defaultValue = "false") boolean includeRetired) {
        return service.list(includeRetired);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One warned-vendor entry")
    public WarnedVendor get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Add an entry (REGULATOR, ADMIN)",
            description = "vendor, authority, instrument and source are required. Brands are matched like the vendor"
                    + " (any spelling CamWarden knows); a remark in parentheses, such as \"(verify)\", is shown with"
                    + " every match. The next assessment uses the entry.")
    public ResponseEntity<WarnedVendor> add(Caller caller, @RequestBody WarnedVendorRequest body) {
        WarnedVendor w = service.add(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/warned-vendors/" + w.id())).body(w);
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire an entry (REGULATOR, ADMIN)",
            description = "The entry stays on record with who retired it, when and why, and no longer matches.")
    public WarnedVendor retire(Caller caller, @PathVariable long id, @RequestBody Retirement body) {
        return service.retire(caller, id, body == null ? null : body.reason());
    }
}
