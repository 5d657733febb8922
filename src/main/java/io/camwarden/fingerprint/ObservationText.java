package io.camwarden.fingerprint;

import io.camwarden.domain.scan.ObservationKinds;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text fingerprints are matched against, from an observation's raw value: bounded in length (a
 * hostile banner cannot make matching slow or large) and in the form the fingerprint data expects.
 */
final class ObservationText {

    /** Longer than any banner recog has an example of (838 characters), short enough to match quickly. */
    static final int MAX_CHARS = 4096;

    // "CN=x, O=y" (RFC 1779 / X500Principal.toString) → "CN=x,O=y" (RFC 2253, recog's form)
    private static final Pattern DN_SEPARATOR = Pattern.compile(",\\s+(?=[A-Za-z][A-Za-z0-9.]*=)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ObservationText() {
    }

    /** The forms to try, best first; empty when there is nothing to match. */
    static List<String> candidates(String kind, String value) {
        if (value == null) {
            return List.of();
        }
        String text = value.length() > MAX_CHARS ? value.substring(0, MAX_CHARS) : value;
        return switch (kind) {
            case ObservationKinds.FAVICON_MD5 -> List.of(text.strip().toLowerCase(Locale.ROOT));
            case ObservationKinds.HTML_TITLE -> List.of(SPACES.matcher(text.strip()).replaceAll(" "));
            case ObservationKinds.TLS_SUBJECT -> {
                String strict = DN_SEPARATOR.matcher(text.strip()).replaceAll(",");
                yield strict.equals(text) ? List.of(text) : List.of(text, strict);
            }
            case ObservationKinds.ONVIF_SCOPE -> List.of(urlDecoded(text.strip()));
            case ObservationKinds.TELNET_BANNER, ObservationKinds.FTP_BANNER -> List.of(text);
            default -> List.of(text.strip());
        };
    }

    /** ONVIF scopes are URIs: "onvif://www.onvif.org/name/Front%20Door" names "Front Door". */
    private static String urlDecoded(String uri) {
        try {
            return URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return uri;
        }
    }
}
