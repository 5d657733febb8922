package io.camwarden.findings;

import io.camwarden.domain.Caller;
import io.camwarden.domain.check.RemediationSla;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/remediation-slas")
@Tag(name = "Findings")
public class RemediationSlaController {

    private final RemediationSlaService service;

    public RemediationSlaController(RemediationSlaService service) {
        this.service = service;
    }

    /** How many days a finding of the severity may stay open. */
    public record Days(@Schema(example = "3", requiredMode = Schema.RequiredMode.REQUIRED) Integer days) {
    }

    @GetMapping
    @Operation(summary = "The remediation deadlines per severity (check GOV-05)")
    public List<RemediationSla> list() {
        return service.list();
    }

    @PutMapping("/{severity}")
    @Operation(summary = "Set the days a finding of a severity may stay open (REGULATOR, ADMIN)",
            description = "severity is CRITICAL, HIGH, MEDIUM or LOW. The next assessment fails GOV-05 for devices"
                    + " with an open finding older than its deadline.")
    public RemediationSla set(Caller caller, @PathVariable String severity, @RequestBody Days body) {
        return service.set(caller, severity, body == null ? null : body.days());
    }

    @DeleteMapping("/{severity}")
    @Operation(summary = "Remove the deadline of a severity (REGULATOR, ADMIN)")
    public ResponseEntity<Void> delete(Caller caller, @PathVariable String severity) {
        service.delete(caller, severity);
        return ResponseEntity.noContent().build();
    }
}
