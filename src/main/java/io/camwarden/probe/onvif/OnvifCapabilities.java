package io.camwarden.probe.onvif;

import io.camwarden.discovery.XAddrs;
import io.camwarden.discovery.XmlElements;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * GetCapabilities: the service addresses a device advertises, by category ("Device", "Media", "Events", "PTZ",
 * "Imaging", "Analytics", and extensions such as "DeviceIO"). Addresses are as advertised, which behind NAT is
 * often a private address the device cannot be reached on; see {@link OnvifClient#rebase}.
 */
public record OnvifCapabilities(Map<String, URI> xaddrs) {

    static final int MAX_CATEGORIES = 32;

    public OnvifCapabilities {
        xaddrs = Map.copyOf(xaddrs);
    }

    public URI media() {
        return xaddrs.get("Media");
    }

    static OnvifCapabilities from(Element response) throws InvalidAnswer {
        Element caps = XmlElements.path(response, "Capabilities");
        if (caps == null) {
            throw new InvalidAnswer("GetCapabilitiesResponse has no Capabilities");
        }
        Map<String, URI> out = new LinkedHashMap<>();
        collect(caps, out);
        collect(XmlElements.path(caps, "Extension"), out);
        return new OnvifCapabilities(out);
    }

    private static void collect(Element parent, Map<String, URI> out) {
        for (Element e : XmlElements.children(parent, MAX_CATEGORIES)) {
            URI xaddr = XAddrs.parse(XmlElements.text(e, "XAddr"));
            if (xaddr != null && out.size() < MAX_CATEGORIES) {
                out.putIfAbsent(e.getLocalName(), xaddr);
            }
        }
    }
}
