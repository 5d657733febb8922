package io.camwarden.auditlog;

import java.util.Map;

/**
 * Something to record: {@code action} is a dotted verb such as "device.update" or "login";
 * detail is stored as JSON. Actor and client address are filled in from the request when absent.
 */
public record AuditEvent(String action, String targetType, Object targetId, Outcome outcome, Map<String, ?> detail,
                         String actor, String remoteAddr) {

    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public static AuditEvent of(String action, String targetType, Object targetId, Map<String, ?> detail) {
        return new AuditEvent(action, targetType, targetId, Outcome.SUCCESS, detail, null, null);
    }

    public AuditEvent by(String actorName, String address) {
        return new AuditEvent(action, targetType, targetId, outcome, detail, actorName, address);
    }

    public AuditEvent withOutcome(Outcome o) {
        return new AuditEvent(action, targetType, targetId, o, detail, actor, remoteAddr);
    }
}
