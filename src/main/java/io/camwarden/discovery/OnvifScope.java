package io.camwarden.discovery;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One ONVIF scope, as a device announces it in WS-Discovery and answers GetScopes:
 * {@code onvif://www.onvif.org/name/Front%20Gate} has category "name" and value "Front Gate". Scopes outside
 * the ONVIF authority (vendors add their own) keep their URI with a null category.
 *
 * @param uri      the scope exactly as sent
 * @param category the first path segment under onvif://www.onvif.org/ ("name", "hardware", "location", "type",
 *                 "Profile", ...), or null
 * @param value    the rest of the path, percent-decoded (locations may contain "/"), or null
 */
public record OnvifScope(String uri, String category, String value) {

    private static final String ONVIF_PREFIX = "onvif://www.onvif.org/";

    /** Parses one scope URI; never throws. */
    public static OnvifScope parse(String uri) {
        String u = uri.strip();
        if (!u.regionMatches(true, 0, ONVIF_PREFIX, 0, ONVIF_PREFIX.length())) {
            return new OnvifScope(u, null, null);
        }
        String rest = u.substring(ONVIF_PREFIX.length());
        int slash = rest.indexOf('/');
        String category = slash < 0 ? rest : rest.substring(0, slash);
        String value = slash < 0 ? "" : percentDecode(rest.substring(slash + 1));
        return new OnvifScope(u, category.isEmpty() ? null : category, value);
    }

    public static List<OnvifScope> parseAll(Collection<String> uris) {
        List<OnvifScope> out = new ArrayList<>(uris.size());
        for (String uri : uris) {
            if (!uri.isBlank()) {
                out.add(parse(uri));
            }
        }
        return out;
    }

    /** True when this scope is in the given ONVIF category, ignoring case ("hardware", "name", ...). */
    public boolean is(String wantedCategory) {
        return category != null && category.toLowerCase(Locale.ROOT).equals(wantedCategory.toLowerCase(Locale.ROOT));
    }

    /** The value of the first scope in the category that has a non-blank value, or null. */
    public static String first(List<OnvifScope> scopes, String wantedCategory) {
        for (OnvifScope s : scopes) {
            if (s.is(wantedCategory) && s.value() != null && !s.value().isBlank()) {
                return s.value();
            }
        }
        return null;
    }

    /**
     * Observations for a device's scopes, seen on {@code port}: every scope as sent, plus the decoded name,
     * hardware and location, which is what fingerprinting and the registry read.
     */
    public static List<Observation> observations(List<OnvifScope> scopes, int port) {
        List<Observation> out = new ArrayList<>();
        for (OnvifScope s : scopes) {
            out.add(new Observation(ObservationKinds.ONVIF_SCOPE, s.uri(), port, ServiceProtocol.ONVIF));
        }
        addFirst(out, scopes, "name", ObservationKinds.ONVIF_SCOPE_NAME, port);
        addFirst(out, scopes, "hardware", ObservationKinds.ONVIF_SCOPE_HARDWARE, port);
        addFirst(out, scopes, "location", ObservationKinds.ONVIF_SCOPE_LOCATION, port);
        return out;
    }

    private static void addFirst(List<Observation> out, List<OnvifScope> scopes, String category, String kind,
                                 int port) {
        String value = first(scopes, category);
        if (value != null) {
            out.add(new Observation(kind, value, port, ServiceProtocol.ONVIF));
        }
    }

    /** %XX sequences as UTF-8; anything that is not a valid escape stays as it was. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int hi = i + 2 < s.length() && c == '%' ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 3;
            } else {
                out.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
