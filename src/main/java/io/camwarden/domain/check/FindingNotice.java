package io.camwarden.domain.check;

import io.camwarden.domain.Language;
import java.time.Instant;

/**
 * One notice of a finding to one recipient organisation: the notification log GOV-04 is decided from.
 * {@code openedAt} is the opening (or reopening) of the finding the notice is about; {@code sentAt} is set
 * once the mail server accepted the message, {@code acknowledgedAt} once the recipient confirmed it.
 */
public record FindingNotice(Long id, long findingId, long deviceId, String checkId, Severity severity,
                            Instant openedAt, Recipient recipient, Channel channel, Language language,
                            Status status, String error, int attempts, Instant queuedAt, Instant sentAt,
                            Instant acknowledgedAt, String acknowledgedBy) {

    /** Why the organisation receives the notice. */
    public enum Role { OWNER, OPERATOR, ISP }

    /** E-mail only, for now. */
    public enum Channel { EMAIL }

    /**
     * QUEUED: waiting for the sender; SENT: the mail server accepted it; NOT_SENT: it cannot be sent as things
     * stand (no SMTP server, no e-mail contact) and is tried again when they change; FAILED: the server refused
     * it, retried a few times.
     */
    public enum Status { QUEUED, SENT, NOT_SENT, FAILED }

    public record Recipient(Role role, long organizationId, String organizationName, String contactName,
                            String email) {
    }
}
