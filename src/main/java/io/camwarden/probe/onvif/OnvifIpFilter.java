package io.camwarden.probe.onvif;

import io.camwarden.discovery.XmlElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * The device's IP address filter from GetIPAddressFilter (ONVIF Device service, tt:IPAddressFilter): an
 * {@code Allow} list lets only those addresses in, a {@code Deny} list keeps those out; either may be empty.
 *
 * @param type      "Allow" or "Deny" as the device wrote it
 * @param addresses "address/prefix" entries, IPv4 then IPv6, at most {@link #MAX_ENTRIES}
 */
public record OnvifIpFilter(String type, List<String> addresses) {

    static final int MAX_ENTRIES = 256;

    public OnvifIpFilter {
        addresses = List.copyOf(addresses);
    }

    public boolean allowList() {
        return type != null && type.equalsIgnoreCase("Allow");
    }

    /** Whether some entry lets every address through (prefix length 0, e.g. 0.0.0.0/0 or ::/0). */
    public boolean allowsEveryAddress() {
        return addresses.stream().anyMatch(a -> a.endsWith("/0"));
    }

    static OnvifIpFilter from(Element response) throws InvalidAnswer {
        Element filter = XmlElements.path(response, "IPAddressFilter");
        if (filter == null) {
            throw new InvalidAnswer("GetIPAddressFilterResponse has no IPAddressFilter");
        }
        String type = XmlElements.text(filter, "Type");
        if (type == null || !List.of("allow", "deny").contains(type.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidAnswer("IPAddressFilter Type is neither Allow nor Deny: " + type);
        }
        List<String> addresses = new ArrayList<>();
        for (String family : List.of("IPv4Address", "IPv6Address")) {
            for (Element e : XmlElements.children(filter, family, MAX_ENTRIES - addresses.size())) {
                String address = XmlElements.text(e, "Address");
                int prefix = XmlElements.integer(e, -1, "PrefixLength");
                if (address != null) {
                    addresses.add(address.strip() + (prefix >= 0 ? "/" + prefix : ""));
                }
            }
        }
        return new OnvifIpFilter(type.strip(), addresses);
    }
}
