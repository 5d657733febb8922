package io.camwarden.probe.telnet;

import io.camwarden.probe.AuthOutcome;
import java.util.List;

/**
 * What a telnet login attempt showed.
 *
 * @param outcome      ACCEPTED (a shell or welcome), REJECTED (a failure message or a new login
 *                     prompt), REQUIRED (no credentials given), or UNDETERMINED
 * @param banner       what the device printed before the first prompt answer
 * @param transcript   the whole conversation as printed, with the password masked
 * @param negotiation  telnet options the server negotiated
 * @param lockoutSigns signs that the device stopped accepting logins
 */
public record TelnetLoginResult(AuthOutcome outcome, String banner, String transcript, List<String> negotiation,
        List<String> lockoutSigns) {

    public TelnetLoginResult {
        negotiation = List.copyOf(negotiation);
        lockoutSigns = List.copyOf(lockoutSigns);
    }
}
