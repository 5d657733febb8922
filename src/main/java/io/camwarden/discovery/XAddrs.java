package io.camwarden.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Service addresses as devices advertise them (WS-Discovery XAddrs, ONVIF capability and service XAddrs). Only an
 * absolute http or https URI with a host is an address we could call; anything else is noise or hostile
 * (javascript:, file:, a bare path) and is dropped.
 */
public final class XAddrs {

    private XAddrs() {
    }

    /** The address, or null when the text is not a callable http(s) address. */
    public static URI parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            URI u = new URI(text);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
