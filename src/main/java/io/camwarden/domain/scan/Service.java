package io.camwarden.domain.scan;

import java.util.List;

/** An open port, what speaks on it, and what was observed there. */
public record Service(int port, ServiceProtocol protocol, List<Observation> evidence) {

    public Service {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
