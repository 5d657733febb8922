package io.camwarden.registry.device;

import io.camwarden.domain.Caller;
import io.camwarden.domain.Decommission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/devices/{id}/decommission")
@Tag(name = "Devices")
public class DecommissionController {

    private final DecommissionService service;

    public DecommissionController(DecommissionService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Take a device out of service, with the wipe evidence (check DAT-03)",
            description = "Records how the device left (RETIRED, TRANSFERRED, RETURNED_TO_VENDOR, DESTROYED) and the"
                    + " wipe done first (method, date, the document that shows it). The device stays in the registry"
                    + " as the record of how it left; only DAT-03 is still decided for it. Posting again replaces"
                    + " what was recorded of the wipe, e.g. to add evidence that arrived later.")
    public Decommission decommission(Caller caller, @PathVariable long id, @RequestBody DecommissionRequest body) {
        return service.decommission(caller, id, body);
    }

    @GetMapping
    @Operation(summary = "A device's decommission record (404 while it is in service)")
    public Decommission get(Caller caller, @PathVariable long id) {
        return service.get(caller, id);
    }
}
