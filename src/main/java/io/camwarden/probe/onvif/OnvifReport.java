package io.camwarden.probe.onvif;

import io.camwarden.discovery.OnvifScope;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one ONVIF probe of a device learned: each call's response exactly as answered, and the identity
 * observations drawn from the answered ones.
 *
 * @param mediaService the media service address used for GetProfiles/GetStreamUri (rebased onto the device's
 *                     address), or null when the device advertised none
 * @param clockSkew    device time minus ours, or null when the device did not tell its UTC time
 * @param envelope     the request form the device answered
 */
public record OnvifReport(URI deviceService,
                          OnvifResponse<SystemDateAndTime> dateAndTime,
                          OnvifResponse<DeviceInformation> deviceInformation,
                          OnvifResponse<OnvifCapabilities> capabilities,
                          OnvifResponse<List<OnvifService>> services,
                          OnvifResponse<List<OnvifScope>> scopes,
                          URI mediaService,
                          OnvifResponse<List<MediaProfile>> profiles,
                          List<OnvifResponse<StreamUri>> streamUris,
                          Duration clockSkew,
                          EnvelopeForm envelope) {

    public OnvifReport {
        streamUris = List.copyOf(streamUris);
    }

    /** The TCP port of the device service: what the observations cite. */
    public int port() {
        int p = deviceService.getPort();
        return p > 0 ? p : "https".equalsIgnoreCase(deviceService.getScheme()) ? 443 : 80;
    }

    /** The stream URIs the device gave, one per profile that answered. */
    public List<StreamUri> answeredStreamUris() {
        return streamUris.stream().filter(OnvifResponse::answered).map(OnvifResponse::value).toList();
    }

    /** Identity facts from every answered call: device information, scopes, advertised service addresses. */
    public List<Observation> observations() {
        int port = port();
        List<Observation> out = new ArrayList<>();
        deviceInformation.optional().ifPresent(info -> out.addAll(info.observations(port)));
        scopes.optional().ifPresent(s -> out.addAll(OnvifScope.observations(s, port)));
        Set<String> xaddrs = new LinkedHashSet<>();
        xaddrs.add(deviceService.toString());
        capabilities.optional().ifPresent(c -> c.xaddrs().values().forEach(u -> xaddrs.add(u.toString())));
        services.optional().ifPresent(list -> list.forEach(s -> xaddrs.add(s.xaddr().toString())));
        for (String x : xaddrs) {
            out.add(new Observation(ObservationKinds.ONVIF_XADDR, x, port, ServiceProtocol.ONVIF));
        }
        return out;
    }
}
