package io.camwarden.domain.check;

import java.time.Duration;

/**
 * How soon a finding's notice must be sent after it opens, and acknowledged after it was sent (GOV-04). The
 * catalogue fixes 24 hours for critical findings ("notified ≤24 h and acknowledged") and leaves the others
 * "per SLA"; CamWarden's documented defaults follow the remediation grades: 72 hours for high, 7 days for
 * medium and low. The same window applies to the acknowledgement, counted from the sending.
 */
public final class NotificationSla {

    private NotificationSla() {
    }

    public static Duration of(Severity s) {
        return switch (s) {
            case CRITICAL -> Duration.ofHours(24);
            case HIGH -> Duration.ofHours(72);
            case MEDIUM, LOW -> Duration.ofDays(7);
        };
    }

    /** "24 h", "72 h", "7 days": as evidence and docs write it. */
    public static String label(Severity s) {
        Duration d = of(s);
        return d.toHours() < 168 ? d.toHours() + " h" : d.toDays() + " days";
    }
}
