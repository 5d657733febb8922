package io.camwarden.domain.scan;

import java.time.Instant;
import java.util.List;

/** Everything a scan learned about one responding host: one JSON object per host in scan output. */
public record HostReport(String ip, Instant scannedAt, List<Service> services, Identity identity, String mac) {

    public HostReport {
        services = services == null ? List.of() : List.copyOf(services);
        identity = identity == null ? Identity.UNKNOWN : identity;
    }
}
