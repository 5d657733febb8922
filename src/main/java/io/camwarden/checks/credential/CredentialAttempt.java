package io.camwarden.checks.credential;

import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthOutcome;
import java.util.List;

/**
 * One login attempt with one pair on one service, and what the device answered. {@code lockoutSigns}
 * are the device's own words or codes that say it stopped accepting logins.
 */
public record CredentialAttempt(ServiceProtocol protocol, int port, String username, AuthOutcome outcome,
                                int status, List<String> lockoutSigns, String detail) {

    public CredentialAttempt {
        lockoutSigns = List.copyOf(lockoutSigns);
    }
}
