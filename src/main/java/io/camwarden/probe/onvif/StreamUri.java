package io.camwarden.probe.onvif;

import io.camwarden.discovery.XmlElements;
import org.w3c.dom.Element;

/**
 * GetStreamUri for one profile. The URI is kept exactly as sent: devices behind NAT name an address they cannot
 * be reached on, and the RTSP stage decides how to use it.
 */
public record StreamUri(String profileToken, String uri) {

    static StreamUri from(String profileToken, Element response) throws InvalidAnswer {
        String uri = XmlElements.text(response, "MediaUri", "Uri");
        if (uri == null) {
            throw new InvalidAnswer("GetStreamUriResponse has no MediaUri/Uri");
        }
        return new StreamUri(profileToken, uri);
    }
}
