package io.camwarden.probe.rtsp;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthChallenge;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.Printable;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ServiceProber;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identifies an RTSP service: OPTIONS for the Server and Public headers, then DESCRIBE of the given
 * paths (until one is not 404) for the authentication challenge and, when the operator supplied
 * credentials or none are needed, the SDP session name.
 */
public final class RtspProber implements ServiceProber {

    private static final Logger log = LoggerFactory.getLogger(RtspProber.class);

    private final ProbeLimits limits;
    private final List<String> describePaths;
    private final Credentials credentials;

    /**
     * @param describePaths paths to DESCRIBE in order, e.g. "/" and vendor stream paths
     * @param credentials   operator-supplied credentials for authenticated identification, or null
     */
    public RtspProber(ProbeLimits limits, List<String> describePaths, Credentials credentials) {
        this.limits = limits;
        this.describePaths = List.copyOf(describePaths);
        this.credentials = credentials;
    }

    @Override
    public Optional<Service> probe(Endpoint endpoint) {
        RtspClient client = new RtspClient(endpoint, limits);
        Set<Observation> seen = new LinkedHashSet<>();
        int port = endpoint.port();
        try {
            RtspResponse options = client.options();
            options.server().ifPresent(v -> seen.add(observation(ObservationKinds.RTSP_SERVER, v, port)));
            options.headers().first("Public").ifPresent(v -> seen.add(observation(ObservationKinds.RTSP_PUBLIC, v, port)));
        } catch (IOException e) {
            log.debug("{}: no RTSP answer to OPTIONS: {}", endpoint, e.getMessage());
            return Optional.empty();
        }
        for (String path : describePaths) {
            try {
                RtspDescribeResult result = client.describe(path, credentials);
                addDescribeObservations(result, port, seen);
                if (result.finalStatus() != 404) {
                    if (result.finalStatus() == 200 || result.finalStatus() == 401) {
                        seen.add(observation(ObservationKinds.RTSP_PATH, path, port));
                    }
                    if (result.finalStatus() == 200 && result.hasMedia()) {
                        addPlayable(result, port, seen);
                    }
                    break;
                }
            } catch (IOException e) {
                log.debug("{}: DESCRIBE {} failed: {}", endpoint, path, e.getMessage());
                break;
            }
        }
        return Optional.of(new Service(port, ServiceProtocol.RTSP, new ArrayList<>(seen)));
    }

    private static void addDescribeObservations(RtspDescribeResult result, int port, Set<Observation> seen) {
        result.server().ifPresent(v -> seen.add(observation(ObservationKinds.RTSP_SERVER, v, port)));
        result.exchanges().getFirst().headers().all("WWW-Authenticate")
                .forEach(v -> seen.add(observation(ObservationKinds.RTSP_AUTH, v, port)));
        result.offered().stream().map(AuthChallenge::realm).flatMap(Optional::stream)
                .forEach(realm -> seen.add(observation(ObservationKinds.RTSP_REALM, realm, port)));
        result.sdp().map(Sdp::sessionName).filter(n -> !n.isBlank())
                .ifPresent(n -> seen.add(observation(ObservationKinds.RTSP_SESSION_NAME, n, port)));
    }

    /** The URL that played (gave a media description), its media, and the user it was accepted for. */
    private void addPlayable(RtspDescribeResult result, int port, Set<Observation> seen) {
        seen.add(observation(ObservationKinds.RTSP_URL, result.url(), port));
        result.sdp().ifPresent(sdp -> sdp.media().forEach(m -> seen.add(observation(ObservationKinds.RTSP_MEDIA,
                m.type() + (m.codecs().isEmpty() ? "" : " " + String.join(" ", m.codecs())), port))));
        result.sdp().ifPresent(sdp -> sdp.media().forEach(m -> seen.add(observation(ObservationKinds.RTSP_PROFILE,
                m.protocol(), port))));
        String scheme = result.exchanges().getLast().authScheme();
        if (credentials != null && result.outcome() == AuthOutcome.ACCEPTED && scheme != null && !scheme.equals("none")) {
            seen.add(observation(ObservationKinds.RTSP_AUTH_USER, credentials.user() + " (" + scheme + ")", port));
        }
    }

    private static Observation observation(String kind, String value, int port) {
        return new Observation(kind, Printable.value(value), port, ServiceProtocol.RTSP);
    }
}
