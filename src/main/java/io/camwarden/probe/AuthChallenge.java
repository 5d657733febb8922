package io.camwarden.probe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One challenge from a WWW-Authenticate header (RFC 7235): a scheme such as "Digest" or "Basic",
 * its parameters (names in lower case), or a token68 for schemes that carry one.
 */
public record AuthChallenge(String scheme, Map<String, String> params, String token68) {

    public AuthChallenge {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public boolean isScheme(String name) {
        return scheme.equalsIgnoreCase(name);
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> realm() {
        return param("realm");
    }

    /**
     * After a Digest answer was refused: the new challenge to answer once more if the device only
     * said the nonce had expired (stale=true, RFC 7616 section 3.3), else empty.
     */
    public static Optional<AuthChallenge> staleRetry(AuthChallenge used, int status, List<String> wwwAuthenticate) {
        if (status != 401 || !used.isScheme("Digest")) {
            return Optional.empty();
        }
        return AuthChallengeParser.parse(wwwAuthenticate).stream()
                .filter(c -> c.isScheme("Digest") && c.param("stale").orElse("").equalsIgnoreCase("true"))
                .filter(AuthorizationHeader::supportsDigest)
                .findFirst();
    }

    /** Digest, then Basic: the scheme CamWarden answers when a device offers several. */
    public static Optional<AuthChallenge> preferred(List<AuthChallenge> offered) {
        return offered.stream().filter(c -> c.isScheme("Digest") && AuthorizationHeader.supportsDigest(c)).findFirst()
                .or(() -> offered.stream().filter(c -> c.isScheme("Basic")).findFirst());
    }
}
