package io.camwarden.probe.http;

import io.camwarden.probe.AuthChallenge;
import io.camwarden.probe.AuthChallengeParser;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.AuthorizationHeader;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Exchange;
import io.camwarden.probe.LockoutSigns;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tries one pair of operator-supplied credentials against a URL the way a browser would: GET
 * without credentials, and only if the device answers 401, GET again answering its challenge
 * (Digest preferred over Basic). One attempt per call; never a list of guesses.
 */
public final class HttpAuthentication {

    private final HttpProbeClient client;

    public HttpAuthentication(HttpProbeClient client) {
        this.client = client;
    }

    /**
     * @throws IOException when the first request gets no HTTP answer at all
     */
    public HttpAuthResult attempt(URI uri, Credentials credentials) throws IOException {
        List<Exchange> exchanges = new ArrayList<>();
        HttpAnswer first = client.get(uri, null);
        exchanges.add(exchange(uri, "none", first));
        if (first.status() != 401) {
            AuthOutcome outcome = first.status() < 400 ? AuthOutcome.NOT_REQUIRED : AuthOutcome.UNDETERMINED;
            return new HttpAuthResult(uri, exchanges, outcome, List.of(), Optional.of(first), List.of(), Optional.empty());
        }
        List<AuthChallenge> offered = AuthChallengeParser.parse(first.headers().all("WWW-Authenticate"));
        if (credentials == null) {
            return new HttpAuthResult(uri, exchanges, AuthOutcome.REQUIRED, offered, Optional.of(first), List.of(),
                    Optional.empty());
        }
        Optional<AuthChallenge> chosen = AuthChallenge.preferred(offered);
        if (chosen.isEmpty()) {
            return new HttpAuthResult(uri, exchanges, AuthOutcome.UNSUPPORTED_CHALLENGE, offered, Optional.of(first),
                    List.of(), Optional.empty());
        }
        HttpAnswer answer;
        try {
            answer = client.get(uri, authorization(chosen.get(), uri, credentials));
            exchanges.add(exchange(uri, chosen.get().scheme(), answer));
            Optional<AuthChallenge> stale = AuthChallenge.staleRetry(chosen.get(), answer.status(),
                    answer.headers().all("WWW-Authenticate"));
            if (stale.isPresent()) {
                answer = client.get(uri, authorization(stale.get(), uri, credentials));
                exchanges.add(exchange(uri, chosen.get().scheme(), answer));
            }
        } catch (IOException e) {
            return new HttpAuthResult(uri, exchanges, AuthOutcome.UNDETERMINED, offered, Optional.empty(),
                    List.of("the device closed the connection after receiving credentials"),
                    Optional.of("after credentials: " + e.getMessage()));
        }
        AuthOutcome outcome = answer.status() == 401 || answer.status() == 403 ? AuthOutcome.REJECTED
                : answer.status() < 400 ? AuthOutcome.ACCEPTED : AuthOutcome.UNDETERMINED;
        List<String> signs = LockoutSigns.in(answer.status(), answer.headers(), answer.bodyText());
        return new HttpAuthResult(uri, exchanges, outcome, offered, Optional.of(answer), signs, Optional.empty());
    }


    private static String authorization(AuthChallenge challenge, URI uri, Credentials credentials) {
        if (!challenge.isScheme("Digest")) {
            return AuthorizationHeader.basic(credentials);
        }
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return AuthorizationHeader.digest(challenge, "GET", target, credentials, 1);
    }

    private static Exchange exchange(URI uri, String scheme, HttpAnswer answer) {
        return new Exchange("GET", uri.toString(), scheme, answer.status(), answer.reason(), answer.headers());
    }
}
