package io.camwarden.registry.device;

import io.camwarden.domain.Caller;
import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceChange;
import io.camwarden.domain.DeviceKind;
import io.camwarden.domain.net.Cidr;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
@RequestMapping("/api/v1/devices")
@Tag(name = "Devices", description = "The registry of record: cameras, NVRs, DVRs and encoders")
public class DeviceController {

    private final DeviceService devices;

    public DeviceController(DeviceService devices) {
        this.devices = devices;
    }

    @GetMapping
    @Operation(summary = "List devices in your scope", description = "Filters combine with AND.")
    public Page<Device> list(Caller caller,
                             @RequestParam(required = false) String vendor,
                             @RequestParam(required = false) String model,
                             @Parameter(description = "CAMERA, NVR, DVR, ENCODER or OTHER") @RequestParam(required = false) String kind,
                             @Parameter(description = "Owner organization, including its sub-organizations")
                             @RequestParam(required = false) Long organizationId,
                             @RequestParam(required = false) Long siteId,
                             @RequestParam(required = false) Long informationSystemId,
                             @RequestParam(required = false) String district,
                             @RequestParam(required = false) Integer securityLevel,
                             @Parameter(description = "An IP address or CIDR network, e.g. 10.20.0.0/16")
                             @RequestParam(required = false) String ip,
                             @Parameter(description = "Text in vendor, model, firmware, serial, MAC, addresses, tags or notes")
                             @RequestParam(required = false) String q,
                             @RequestParam(required = false) String tag,
                             @Parameter(description = "IN_SERVICE, or DECOMMISSIONED (has a decommission record); all when absent")
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size,
                             @Parameter(description = "id, vendor, model, kind, firmware, serial, mac, installedOn, endOfSupport, createdAt, updatedAt; add ,desc to reverse")
                             @RequestParam(required = false) String sort) {
        return devices.list(caller, filter(vendor, model, kind, organizationId, siteId, informationSystemId, district,
                securityLevel, ip, q, tag, status), PageRequest.of(page, size, sort, DeviceRepository.SORTABLE, "id"));
    }

    @GetMapping("/count")
    @Operation(summary = "Count devices in your scope", description = "Takes the same filters as the list.")
    public Map<String, Long> count(Caller caller,
                                   @RequestParam(required = false) String vendor,
                                   @RequestParam(required = false) String model,
                                   @RequestParam(required = false) String kind,
                                   @RequestParam(required = false) Long organizationId,
                                   @RequestParam(required = false) Long siteId,
                                   @RequestParam(required = false) Long informationSystemId,
                                   @RequestParam(required = false) String district,
                                   @RequestParam(required = false) Integer securityLevel,
                                   @RequestParam(required = false) String ip,
                                   @RequestParam(required = false) String q,
                                   @RequestParam(required = false) String tag,
                                   @RequestParam(required = false) String status) {
        var f = filter(vendor, model, kind, organizationId, siteId, informationSystemId, district, securityLevel, ip, q,
                tag, status);
        return Map.of("count", devices.list(caller, f, PageRequest.of(0, 1, null, DeviceRepository.SORTABLE, "id")).total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a device")
    public Device get(Caller caller, @PathVariable long id) {
        return devices.get(caller, id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Changes to a device, newest first: who, when, field, old and new value")
    public List<DeviceChange> history(Caller caller, @PathVariable long id,
                                      @RequestParam(required = false, defaultValue = "200") int limit) {
        return devices.history(caller, id, limit);
    }

    @PostMapping
    @Operation(summary = "Register a device")
    public ResponseEntity<Device> create(Caller caller, @RequestBody DeviceRequest body) {
        Device d = devices.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/devices/" + d.id())).body(d);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a device", description = "Send the version you read to refuse overwriting someone else's change.")
    public Device update(Caller caller, @PathVariable long id, @RequestBody DeviceRequest body) {
        return devices.update(caller, id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a device (its history is kept)")
    public ResponseEntity<Void> delete(Caller caller, @PathVariable long id) {
        devices.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    static DeviceRepository.Filter filter(String vendor, String model, String kind, Long organizationId, Long siteId,
                                          Long informationSystemId, String district, Integer securityLevel, String ip,
                                          String q, String tag, String status) {
        DeviceKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = DeviceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("kind", "'" + kind + "' is not one of " + List.of(DeviceKind.values()));
            }
        }
        Cidr network = null;
        if (ip != null && !ip.isBlank()) {
            try {
                network = Cidr.parse(ip);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("ip", e.getMessage());
            }
        }
        return new DeviceRepository.Filter(vendor, model, k, organizationId, siteId, informationSystemId, district,
                securityLevel, network, q, tag, DeviceStatus.parse(status));
    }
}
