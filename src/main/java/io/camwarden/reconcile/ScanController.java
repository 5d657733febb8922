package io.camwarden.reconcile;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Role;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Page;
import io.camwarden.registry.device.DeviceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scans", description = "Scan results reconciled with the registry: observed identities, drift, rogue devices")
public class ScanController {

    /** Why a rogue candidate is dismissed (e.g. "test bench of the IT department"). */
    public record Dismissal(String reason) {
    }

    private final ScanIngestService ingest;
    private final ScanResultsRepository results;
    private final DeviceService devices;
    private final AuditLog audit;

    public ScanController(ScanIngestService ingest, ScanResultsRepository results, DeviceService devices,
                          AuditLog audit) {
        this.ingest = ingest;
        this.results = results;
        this.devices = devices;
        this.audit = audit;
    }

    @PostMapping(value = "/api/v1/scans", consumes = {"application/x-ndjson", "application/json", "text/plain"})
    @Operation(summary = "Upload scan results (the output of `camwarden scan`)",
            description = "JSON Lines (one host per line) or a JSON array. Hosts are matched to registered devices by "
                    + "serial, then MAC, then IP; drift in model or firmware goes to the device history; camera-like "
                    + "hosts that match no device become rogue candidates. REGULATOR and ADMIN only.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))))
    public ScanIngestReport upload(Caller caller, HttpServletRequest request,
                                   @Parameter(description = "Where the scan came from, e.g. a sensor name")
                                   @RequestParam(defaultValue = "api upload") String source) throws IOException {
        return ingest.ingest(caller, request.getInputStream(), source);
    }

    @GetMapping("/api/v1/scans")
    @Operation(summary = "Scan uploads, newest first")
    public Page<ScanResultsRepository.ScanRun> runs(Caller caller, @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "50") int size) {
        requireRegulator(caller);
        return results.runs(Math.max(page, 0), Math.min(Math.max(size, 1), 1000));
    }

    @GetMapping("/api/v1/rogue-candidates")
    @Operation(summary = "Camera-like hosts that match no registered device (check INV-01)")
    public Page<ScanResultsRepository.RogueCandidate> candidates(Caller caller,
                                                                 @Parameter(description = "OPEN, REGISTERED or DISMISSED")
                                                                 @RequestParam(required = false) String status,
                                                                 @RequestParam(defaultValue = "0") int page,
                                                                 @RequestParam(defaultValue = "50") int size) {
        requireRegulator(caller);
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (s != null && !s.matches("OPEN|REGISTERED|DISMISSED")) {
            throw InvalidInputException.of("status", "'" + status + "' is not OPEN, REGISTERED or DISMISSED");
        }
        return results.candidates(s, Math.max(page, 0), Math.min(Math.max(size, 1), 1000));
    }

    @PostMapping("/api/v1/rogue-candidates/{id}/dismiss")
    @Operation(summary = "Dismiss a rogue candidate, with the reason (it stays dismissed while seen again)")
    @Transactional
    public ScanResultsRepository.RogueCandidate dismiss(Caller caller, @PathVariable long id,
                                                        @RequestBody Dismissal body) {
        requireRegulator(caller);
        var c = results.candidate(id).orElseThrow(() -> new NotFoundException("rogue candidate", id));
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw InvalidInputException.of("reason", "say why this host is not a rogue device");
        }
        if (!c.status().equals("OPEN")) {
            throw new ConflictException("rogue candidate " + id + " is " + c.status() + ", not OPEN");
        }
        results.setCandidateStatus(id, "DISMISSED", body.reason().strip());
        audit.record("rogue.dismiss", "rogue_candidate", id, Map.of("ip", c.ip(), "reason", body.reason().strip()));
        return results.candidate(id).orElseThrow();
    }

    @GetMapping("/api/v1/devices/{id}/observation")
    @Operation(summary = "The identity the latest scan observed for a device (404 if never matched)")
    public ScanResultsRepository.Observation observation(Caller caller, @PathVariable long id) {
        devices.get(caller, id);
        return results.observation(id).orElseThrow(() -> new NotFoundException("scan observation of device", id));
    }

    private static void requireRegulator(Caller caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.REGULATOR) {
            throw new ForbiddenException("only REGULATOR and ADMIN users see scan results and rogue candidates");
        }
    }
}
