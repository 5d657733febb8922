package io.camwarden.probe.telnet;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.Printable;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ServiceProber;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identifies a telnet service by its banner as printed (recog telnet_banners.xml matches it, line
 * ends included). A port that
 * neither negotiates telnet options nor prints anything is not reported as telnet.
 */
public final class TelnetProber implements ServiceProber {

    private static final Logger log = LoggerFactory.getLogger(TelnetProber.class);

    private final ProbeLimits limits;

    public TelnetProber(ProbeLimits limits) {
        this.limits = limits;
    }

    @Override
    public Optional<Service> probe(Endpoint endpoint) {
        TelnetBanner banner;
        try {
            banner = new TelnetClientProbe(endpoint, limits).banner();
        } catch (IOException e) {
            log.debug("{}: no telnet banner: {}", endpoint, e.getMessage());
            return Optional.empty();
        }
        String text = banner.text().length() > Printable.MAX_VALUE_CHARS
                ? banner.text().substring(0, Printable.MAX_VALUE_CHARS) : banner.text();
        text = text.isBlank() ? "" : text; // kept with its line ends: recog's banner patterns match them
        if (text.isEmpty() && banner.negotiation().isEmpty()) {
            return Optional.empty();
        }
        List<Observation> evidence = text.isEmpty() ? List.of()
                : List.of(new Observation(ObservationKinds.TELNET_BANNER, text, endpoint.port(), ServiceProtocol.TELNET));
        return Optional.of(new Service(endpoint.port(), ServiceProtocol.TELNET, evidence));
    }
}
