package io.camwarden.checks.credential;

import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.http.HttpProbeClient;
import io.camwarden.probe.onvif.DeviceServiceAddress;
import io.camwarden.probe.onvif.OnvifClient;
import io.camwarden.probe.onvif.OnvifHttp;
import io.camwarden.probe.rtsp.RtspClient;
import io.camwarden.probe.rtsp.RtspDescribeResult;
import io.camwarden.probe.rtsp.RtspPaths;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The services of a scanned host that ask for credentials, in the order credentials are tried: RTSP (a
 * stream path that answers 401, found with DESCRIBEs that carry no credentials), ONVIF, the web interface
 * (a page that answered 401), telnet (a login prompt).
 */
public final class LoginTargetFinder {

    /** At most this many paths are DESCRIBEd to find the protected stream. */
    static final int MAX_PATHS = 8;

    private final ProbeLimits limits;
    private final HttpProbeClient http;
    private final OnvifHttp onvif;
    private final Clock clock;

    public LoginTargetFinder(ProbeLimits limits, HttpProbeClient http, OnvifHttp onvif, Clock clock) {
        this.limits = limits;
        this.http = http;
        this.onvif = onvif;
        this.clock = clock;
    }

    public List<LoginTarget> targets(HostReport host) {
        String vendor = host.identity().vendor() == null ? null : host.identity().vendor().value();
        List<LoginTarget> rtsp = new ArrayList<>();
        List<LoginTarget> onvifTargets = new ArrayList<>();
        List<LoginTarget> web = new ArrayList<>();
        List<LoginTarget> telnet = new ArrayList<>();
        java.util.Set<URI> webPages = new java.util.HashSet<>();
        for (Service s : host.services()) {
            Endpoint e = new Endpoint(host.ip(), s.port());
            switch (s.protocol()) {
                case RTSP -> protectedPath(e, vendor, seenPaths(s)).ifPresent(p -> rtsp.add(LoginTargets.rtsp(e, p, limits)));
                case ONVIF -> DeviceServiceAddress.of(host.ip(), s).filter(this::asksForCredentials)
                        .ifPresent(u -> onvifTargets.add(LoginTargets.onvif(u, onvif, clock)));
                case HTTP, HTTPS -> {
                    if (has(s, ObservationKinds.HTTP_STATUS, "401")) {
                        // the page that asked: a plain port redirecting to HTTPS and the HTTPS port itself are one login
                        String scheme = s.protocol() == ServiceProtocol.HTTPS ? "https" : "http";
                        URI page = s.evidence().stream().filter(o -> o.kind().equals(ObservationKinds.HTTP_LANDING_URL))
                                .map(o -> parse(o.value())).flatMap(java.util.Optional::stream).findFirst()
                                .orElse(URI.create(scheme + "://" + e.authority() + "/"));
                        if (webPages.add(page)) {
                            web.add(LoginTargets.http(page, http));
                        }
                    }
                }
                case TELNET -> {
                    if (s.evidence().stream().anyMatch(o -> o.kind().equals(ObservationKinds.TELNET_BANNER)
                            && o.value().toLowerCase(Locale.ROOT).matches("(?s).*(login|user ?name)\\s*:?\\s*$"))) {
                        telnet.add(LoginTargets.telnet(e, limits));
                    }
                }
                default -> {
                }
            }
        }
        List<LoginTarget> all = new ArrayList<>(rtsp);
        all.addAll(onvifTargets);
        all.addAll(web);
        all.addAll(telnet);
        return all;
    }

    /**
     * Only a device service that refuses GetDeviceInformation without a token is a login target: one that answers
     * anyone would "accept" every password, which is check AUTH-04's finding, not a default password.
     */
    private boolean asksForCredentials(URI deviceService) {
        OnvifClient client = new OnvifClient(onvif, deviceService, clock);
        client.getSystemDateAndTime();
        return client.anonymous().getDeviceInformation().authenticationRefused();
    }

    public static List<String> seenPaths(Service s) {
        return s.evidence().stream().filter(o -> o.kind().equals(ObservationKinds.RTSP_PATH)).map(o -> o.value()).toList();
    }

    /** The first stream path that asks for credentials; empty when none does (open streams are AUTH-03's). */
    private java.util.Optional<String> protectedPath(Endpoint e, String vendor, List<String> seen) {
        RtspClient client = new RtspClient(e, limits);
        for (String path : RtspPaths.forVendor(vendor, seen).stream().limit(MAX_PATHS).toList()) {
            try {
                RtspDescribeResult r = client.describe(path, null);
                if (r.outcome() == AuthOutcome.REQUIRED) {
                    return java.util.Optional.of(path);
                }
            } catch (IOException ex) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<URI> parse(String uri) {
        try {
            return java.util.Optional.of(URI.create(uri));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean has(Service s, String kind, String value) {
        return s.evidence().stream().anyMatch(o -> o.kind().equals(kind) && o.value().equals(value));
    }
}
