package io.camwarden.discovery;

import io.camwarden.domain.net.IpAddresses;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * One device that answered a WS-Discovery Probe.
 *
 * @param from            where the ProbeMatch came from (often not port 3702: devices reply from another socket)
 * @param endpoint        the device's endpoint reference address, stable across reboots (often urn:uuid:...)
 * @param types           the announced types as sent ("dn:NetworkVideoTransmitter", "tds:Device")
 * @param scopes          the announced scopes
 * @param xaddrs          the device service addresses (http/https) to call ONVIF on; malformed ones are dropped
 * @param metadataVersion as announced, or -1
 */
public record WsDiscoveryMatch(InetSocketAddress from, String endpoint, List<String> types,
                               List<OnvifScope> scopes, List<URI> xaddrs, int metadataVersion) {

    public WsDiscoveryMatch {
        types = List.copyOf(types);
        scopes = List.copyOf(scopes);
        xaddrs = List.copyOf(xaddrs);
    }

    /** The name scope, or null. */
    public String name() {
        return OnvifScope.first(scopes, "name");
    }

    /** The hardware scope (usually the model), or null. */
    public String hardware() {
        return OnvifScope.first(scopes, "hardware");
    }

    /** The location scope, or null. */
    public String location() {
        return OnvifScope.first(scopes, "location");
    }

    /**
     * The device service to call on {@code host}: the XAddr naming that host if there is one, else the first XAddr
     * moved onto it (same scheme, port and path). Devices behind NAT announce addresses they cannot be reached on,
     * and anyone on a segment can announce someone else's: the scanner calls only the host it was asked to.
     * Null when the device announced no usable XAddr.
     */
    public URI deviceServiceAt(InetAddress host) {
        for (URI x : xaddrs) {
            if (sameHost(x.getHost(), host)) {
                return x;
            }
        }
        if (xaddrs.isEmpty()) {
            return null;
        }
        URI first = xaddrs.getFirst();
        try {
            return new URI(first.getScheme(), null, IpAddresses.canonical(host), first.getPort(), first.getPath(),
                    first.getQuery(), null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean sameHost(String uriHost, InetAddress host) {
        try {
            return uriHost != null && IpAddresses.parse(uriHost).equals(host);
        } catch (IllegalArgumentException notALiteral) {
            return false; // a host name: never resolved on a device's word
        }
    }

    /** Announces itself as a camera or encoder (NetworkVideoTransmitter), whatever prefix it used. */
    public boolean isVideoTransmitter() {
        return types.stream().anyMatch(t -> t.endsWith(":NetworkVideoTransmitter") || t.equals("NetworkVideoTransmitter"));
    }

    /** What the announcement says about the device, as observations of the WS-Discovery port. */
    public List<Observation> observations() {
        int port = WsDiscoveryClient.PORT;
        List<Observation> out = new ArrayList<>();
        if (!types.isEmpty()) {
            out.add(new Observation(ObservationKinds.ONVIF_TYPES, String.join(" ", types), port, ServiceProtocol.ONVIF));
        }
        for (URI xaddr : xaddrs) {
            out.add(new Observation(ObservationKinds.ONVIF_XADDR, xaddr.toString(), port, ServiceProtocol.ONVIF));
        }
        out.addAll(OnvifScope.observations(scopes, port));
        return out;
    }
}
