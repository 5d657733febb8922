package io.camwarden.auditlog;

import io.camwarden.domain.AuditEntry;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Role;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit-log")
@Tag(name = "Audit log", description = "Every write and login attempt, hash-chained (ADMIN and REGULATOR)")
public class AuditLogController {

    private final AuditLogReader reader;
    private final AuditLogVerifier verifier;

    public AuditLogController(AuditLogReader reader, AuditLogVerifier verifier) {
        this.reader = reader;
        this.verifier = verifier;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first")
    public Page<AuditEntry> list(Caller caller,
                                 @RequestParam(required = false) String actor,
                                 @Parameter(description = "Action, * as wildcard, e.g. device.*")
                                 @RequestParam(required = false) String action,
                                 @RequestParam(required = false) String targetType,
                                 @RequestParam(required = false) String targetId,
                                 @RequestParam(required = false) Instant from,
                                 @RequestParam(required = false) Instant to,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        requireAuditor(caller);
        if (page < 0 || size < 1 || size > 1000) {
            throw InvalidInputException.of("size", "page must be 0 or more and size 1 to 1000");
        }
        return reader.page(new AuditLogReader.Filter(actor, action, targetType, targetId, from, to), page, size);
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain and name the first broken row, if any")
    public AuditLogVerifier.Verification verify(Caller caller) {
        requireAuditor(caller);
        return verifier.verify();
    }

    private static void requireAuditor(Caller caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.REGULATOR) {
            throw new ForbiddenException("only ADMIN and REGULATOR users read the audit log");
        }
    }
}
