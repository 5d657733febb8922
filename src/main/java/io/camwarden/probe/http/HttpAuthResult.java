package io.camwarden.probe.http;

import io.camwarden.probe.AuthChallenge;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Exchange;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What one credentialed request to a URL showed: every exchange in order, the challenges offered,
 * what the device decided, its last answer, and any sign of a lock-out.
 *
 * @param error what went wrong after the first answer (connection dropped, timeout), if anything
 */
public record HttpAuthResult(URI uri, List<Exchange> exchanges, AuthOutcome outcome, List<AuthChallenge> offered,
        Optional<HttpAnswer> lastAnswer, List<String> lockoutSigns, Optional<String> error) {

    public HttpAuthResult {
        exchanges = List.copyOf(exchanges);
        offered = List.copyOf(offered);
        lockoutSigns = List.copyOf(lockoutSigns);
    }

    public int finalStatus() {
        return exchanges.getLast().status();
    }

    /** Realms of the challenges offered, in order. */
    public List<String> realms() {
        return offered.stream().map(AuthChallenge::realm).flatMap(Optional::stream).distinct().toList();
    }
}
