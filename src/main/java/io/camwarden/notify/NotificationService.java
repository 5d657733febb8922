package io.camwarden.notify;

import io.camwarden.auditlog.AuditEvent;
import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Scope;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.findings.FindingService;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.Writes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the notification log within the caller's scope, and acknowledging a notice: by a user of the
 * recipient organisation (or an organisation above it) who may write, or by anyone holding the token the
 * notice's e-mail carried. Acknowledging is the recipient's act, so a regulator cannot do it for them.
 */
@Service
public class NotificationService {

    private final NotificationRepository notices;
    private final FindingService findings;
    private final AuditLog audit;
    private final Clock clock;

    public NotificationService(NotificationRepository notices, FindingService findings, AuditLog audit, Clock clock) {
        this.notices = notices;
        this.findings = findings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<FindingNotice> list(Caller caller, Long findingId, FindingNotice.Status status, PageRequest page) {
        return notices.list(caller.scope(), findingId, status, page);
    }

    @Transactional(readOnly = true)
    public Page<FindingNotice> forFinding(Caller caller, long findingId, PageRequest page) {
        findings.get(caller, findingId); // 404 outside the scope
        return notices.list(caller.scope(), findingId, null, page);
    }

    @Transactional(readOnly = true)
    public FindingNotice get(Caller caller, long id) {
        return notices.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("notification", id));
    }

    /**
     * @param token  the token of the notice's e-mail, or null to acknowledge as the logged-in user
     * @param caller asked only without a token (the request may be anonymous with one)
     */
    @Transactional
    public FindingNotice acknowledge(long id, String token, Supplier<Caller> caller) {
        String by;
        if (token != null && !token.isBlank()) {
            // the request may be anonymous: a missing notice, one not sent yet (no token) and a wrong token answer
            // alike, so nobody learns which notices exist; the hashes are compared in constant time
            FindingNotice n = notices.find(Scope.EVERYTHING, id).orElse(null);
            String stored = n == null ? null : notices.tokenHash(id).orElse(null);
            if (stored == null || !MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                    NotificationWorker.hash(token.strip()).getBytes(StandardCharsets.US_ASCII))) {
                throw new ForbiddenException("the token does not belong to notification " + id
                        + ": use the token of the e-mail that named this notification");
            }
            by = "token sent to " + n.recipient().email();
            return record(n, by, by);
        }
        Caller c = caller.get();
        Writes.requireWriter(c);
        FindingNotice n = get(c, id);
        if (!(c.scope() instanceof Scope.OrganizationSubtree s) || !notices.within(n.recipient().organizationId(),
                s.organizationId())) {
            throw new ForbiddenException("only users of the recipient organisation '" + n.recipient()
                    .organizationName() + "' (or one above it) acknowledge notification " + id
                    + ", or anyone with the token of its e-mail");
        }
        by = c.username();
        return record(n, by, null);
    }

    private FindingNotice record(FindingNotice n, String by, String actor) {
        if (n.sentAt() == null) {
            throw new ConflictException("notification " + n.id() + " was not sent (" + n.status()
                    + (n.error() == null ? "" : ": " + n.error()) + "): there is nothing to acknowledge yet");
        }
        if (n.acknowledgedAt() != null || !notices.acknowledge(n.id(), Instant.now(clock), by)) {
            throw new ConflictException("notification " + n.id() + " was already acknowledged"
                    + (n.acknowledgedBy() == null ? "" : " by " + n.acknowledgedBy() + " at " + n.acknowledgedAt()));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("findingId", n.findingId());
        detail.put("deviceId", n.deviceId());
        detail.put("checkId", n.checkId());
        detail.put("recipientOrganizationId", n.recipient().organizationId());
        detail.put("by", by);
        AuditEvent e = AuditEvent.of("notification.acknowledge", "notification", n.id(), detail);
        audit.append(actor == null ? e : e.by(actor, null));
        return notices.find(Scope.EVERYTHING, n.id()).orElseThrow();
    }
}
