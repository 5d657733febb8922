package io.camwarden.domain.check;

import java.time.Instant;

/** How many days a finding of one severity may stay open before its remediation is overdue (check GOV-05). */
public record RemediationSla(Severity severity, int days, String setBy, Instant setAt) {
}
