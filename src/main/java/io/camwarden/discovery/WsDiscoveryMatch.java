package io.camwarden.discovery;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.net.InetSocketAddress;
import java.net.URI;
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
