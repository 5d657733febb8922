package io.camwarden.checks;

import io.camwarden.domain.Caller;
import io.camwarden.domain.check.FirmwareRegisterEntry;
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
@RequestMapping("/api/v1/firmware-register")
@Tag(name = "Firmware register", description = "Firmware releases vendors published per model, kept by the regulator"
        + " (check FW-01: firmware behind the latest security release)")
public class FirmwareRegisterController {

    private final FirmwareRegisterService service;

    public FirmwareRegisterController(FirmwareRegisterService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The firmware register")
    public List<FirmwareRegisterEntry> list() {
        return service.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One firmware register entry")
    public FirmwareRegisterEntry get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Add a firmware release (REGULATOR, ADMIN)",
            description = "vendor, modelPattern, version and source are required. FW-01 fails a device of a matching"
                    + " model whose firmware is older than a security release published more than 30 days ago.")
    public ResponseEntity<FirmwareRegisterEntry> add(Caller caller, @RequestBody FirmwareRegisterRequest body) {
        FirmwareRegisterEntry r = service.add(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/firmware-register/" + r.id())).body(r);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a firmware register entry (REGULATOR, ADMIN)")
    public FirmwareRegisterEntry update(Caller caller, @PathVariable long id, @RequestBody FirmwareRegisterRequest body) {
        return service.update(caller, id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a firmware register entry (REGULATOR, ADMIN)")
    public ResponseEntity<Void> delete(Caller caller, @PathVariable long id) {
        service.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
