package io.camwarden.probe.http;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a redirect leads, if it stays on the same host: a camera's login page is often one redirect
 * away (http to https, / to /doc/page/login.asp), while a redirect to another host leaves the device
 * being audited and is never followed.
 */
final class SameHostRedirect {

    private SameHostRedirect() {
    }

    static Optional<URI> resolve(URI from, String location) {
        if (location == null || location.isBlank() || location.length() > 2048) {
            return Optional.empty();
        }
        try {
            URI to = from.resolve(location.strip().replace(" ", "%20"));
            String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null
                    || !to.getHost().equalsIgnoreCase(from.getHost())) {
                return Optional.empty();
            }
            String path = to.getRawPath() == null || to.getRawPath().isEmpty() ? "/" : to.getRawPath();
            String query = to.getRawQuery() == null ? "" : "?" + to.getRawQuery();
            return Optional.of(URI.create(scheme + "://" + to.getRawAuthority() + path + query));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
