package io.camwarden.probe.onvif;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.probe.Endpoint;
import java.net.URI;
import java.util.Optional;

/**
 * Where to call an ONVIF device whose service a scan found: the address the device announced for this host
 * and port when it announced one, else the standard path. Never another host: a device cannot point
 * CamWarden elsewhere.
 */
public final class DeviceServiceAddress {

    private DeviceServiceAddress() {
    }

    public static Optional<URI> of(String ip, Service s) {
        if (s.port() == 3702) {
            return Optional.empty(); // the WS-Discovery port is not a device service
        }
        for (Observation o : s.evidence()) {
            if (o.kind().equals(ObservationKinds.ONVIF_XADDR)) {
                try {
                    URI u = URI.create(o.value());
                    if (ip.equals(u.getHost()) && u.getPort() == s.port()) {
                        return Optional.of(u);
                    }
                } catch (IllegalArgumentException e) {
                    // an unreadable announcement: fall back to the standard path
                }
            }
        }
        return Optional.of(URI.create("http://" + new Endpoint(ip, s.port()).authority() + "/onvif/device_service"));
    }
}
