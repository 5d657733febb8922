package io.camwarden.access;

import io.camwarden.auditlog.AuditEvent;
import io.camwarden.auditlog.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Writes login attempts to the audit log. Every failure and every refusal is written, and every
 * interactive (form) login. API clients authenticate on each request, so their successes are written
 * once per user and credential kind per hour: enough to see who used the API, without drowning the log.
 */
@Component
public class LoginAudit {

    static final Duration API_SUCCESS_INTERVAL = Duration.ofHours(1);

    /** How the user tried to log in. */
    public enum Channel { FORM, BASIC, TOKEN }

    private final AuditLog audit;
    private final Clock clock;
    private final ConcurrentHashMap<String, Instant> lastApiSuccess = new ConcurrentHashMap<>();

    public LoginAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public void success(Channel channel, String username, String address) {
        if (channel != Channel.FORM) {
            Instant now = clock.instant();
            String key = channel + ":" + username;
            Instant last = lastApiSuccess.get(key);
            if (last != null && last.plus(API_SUCCESS_INTERVAL).isAfter(now)) {
                return;
            }
            lastApiSuccess.put(key, now);
        }
        write(channel, username, address, AuditEvent.Outcome.SUCCESS, null);
    }

    public void failure(Channel channel, String username, String address, String reason) {
        write(channel, username, address, AuditEvent.Outcome.FAILURE, reason);
    }

    public void refused(Channel channel, String username, String address, String reason) {
        write(channel, username, address, AuditEvent.Outcome.DENIED, reason);
    }

    private void write(Channel channel, String username, String address, AuditEvent.Outcome outcome, String reason) {
        Map<String, String> detail = reason == null ? Map.of("channel", channel.name().toLowerCase())
                : Map.of("channel", channel.name().toLowerCase(), "reason", reason);
        String who = username == null || username.isBlank() ? "(unknown)" : username;
        audit.append(new AuditEvent("login", "user", who, outcome, detail, who, address));
    }
}
