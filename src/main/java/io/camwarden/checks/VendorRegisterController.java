package io.camwarden.checks;

import io.camwarden.domain.Caller;
import io.camwarden.domain.check.VendorRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vendor-register")
@Tag(name = "Vendor register", description = "Vendors' vulnerability-reporting channels, advisory feeds and support"
        + " periods, kept by the regulator (check FW-04)")
public class VendorRegisterController {

    private final VendorRegisterService service;

    public VendorRegisterController(VendorRegisterService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The vendor register")
    public List<VendorRecord> list() {
        return service.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One vendor register entry")
    public VendorRecord get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Add a vendor (REGULATOR, ADMIN)",
            description = "vendor and source are required; an empty channel, feed or support period means none is"
                    + " known, and FW-04 fails for the vendor's devices. One entry per vendor, whatever its spelling.")
    public ResponseEntity<VendorRecord> add(Caller caller, @RequestBody VendorRegisterRequest body) {
        VendorRecord r = service.add(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/vendor-register/" + r.id())).body(r);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a vendor register entry (REGULATOR, ADMIN)")
    public VendorRecord update(Caller caller, @PathVariable long id, @RequestBody VendorRegisterRequest body) {
        return service.update(caller, id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a vendor register entry (REGULATOR, ADMIN)")
    public ResponseEntity<Void> delete(Caller caller, @PathVariable long id) {
        service.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
