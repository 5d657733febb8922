package io.camwarden.notify;

import io.camwarden.access.CallerArgumentResolver;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.findings.EnumParam;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications", description = "The notices CamWarden sends when a finding opens, and their"
        + " acknowledgement (check GOV-04)")
public class NotificationController {

    private static final String SORT = "id, queuedAt, sentAt, status, findingId; add ,desc to reverse (default id,desc)";

    private final NotificationService service;
    private final CallerArgumentResolver callers;

    public NotificationController(NotificationService service, CallerArgumentResolver callers) {
        this.service = service;
        this.callers = callers;
    }

    /** The token of the notice's e-mail; omit it to acknowledge as the logged-in user. */
    public record Acknowledgement(@Schema(description = "The token from the notice's e-mail") String token) {
    }

    @GetMapping("/notifications")
    @Operation(summary = "Notices of the findings on devices in your scope",
            description = "One per (finding opening, recipient organisation): owner, operator, and the ISP above a"
                    + " subscriber owner; status QUEUED, SENT, NOT_SENT (with the reason) or FAILED.")
    public Page<FindingNotice> list(Caller caller,
                                    @RequestParam(required = false) Long findingId,
                                    @Parameter(description = "QUEUED, SENT, NOT_SENT or FAILED")
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @Parameter(description = SORT) @RequestParam(required = false) String sort) {
        return service.list(caller, findingId, EnumParam.parse(FindingNotice.Status.class, status, "status"),
                pageOf(page, size, sort));
    }

    @GetMapping("/findings/{id}/notifications")
    @Operation(summary = "Notices of one finding", description = "404 when the finding is not in your scope.")
    public Page<FindingNotice> forFinding(Caller caller, @PathVariable long id,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @Parameter(description = SORT) @RequestParam(required = false) String sort) {
        return service.forFinding(caller, id, pageOf(page, size, sort));
    }

    @GetMapping("/notifications/{id}")
    @Operation(summary = "One notice")
    public FindingNotice get(Caller caller, @PathVariable long id) {
        return service.get(caller, id);
    }

    @PostMapping("/notifications/{id}/acknowledge")
    @Operation(summary = "Acknowledge a notice",
            description = "By a user (OWNER or ISP role) of the recipient organisation or one above it, or by anyone"
                    + " with the token of the notice's e-mail (no login needed then: households have no account)."
                    + " 409 when it was not sent or is already acknowledged; 403 for a wrong token.")
    public FindingNotice acknowledge(@PathVariable long id, @RequestBody(required = false) Acknowledgement body) {
        return service.acknowledge(id, body == null ? null : body.token(), callers::current);
    }

    private static PageRequest pageOf(Integer page, Integer size, String sort) {
        return PageRequest.of(page, size, sort, NotificationRepository.SORTABLE, "id,desc");
    }
}
