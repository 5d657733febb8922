package io.camwarden.probe;

import io.camwarden.domain.scan.Service;
import java.util.Optional;

/**
 * Turns one open port into a {@link Service} with what was observed there, if the port speaks the
 * prober's protocol. A prober never throws for what a device does: a device that closes early, stalls
 * or sends garbage gives an empty result (or the observations made before it misbehaved).
 */
public interface ServiceProber {

    Optional<Service> probe(Endpoint endpoint);
}
