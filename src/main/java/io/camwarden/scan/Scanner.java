package io.camwarden.scan;

import io.camwarden.discovery.HostSlots;
import io.camwarden.discovery.RateLimiter;
import io.camwarden.discovery.TcpSweep;
import io.camwarden.discovery.WsDiscoveryClient;
import io.camwarden.discovery.WsDiscoveryMatch;
import io.camwarden.domain.net.IpAddresses;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.identity.Identifier;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ServiceProber;
import io.camwarden.probe.http.HttpProbeClient;
import io.camwarden.probe.http.HttpProber;
import io.camwarden.probe.onvif.OnvifClient;
import io.camwarden.probe.onvif.OnvifCredentials;
import io.camwarden.probe.onvif.OnvifHttp;
import io.camwarden.probe.onvif.OnvifProbe;
import io.camwarden.probe.onvif.OnvifReport;
import io.camwarden.probe.onvif.OnvifResponse;
import io.camwarden.probe.rtsp.RtspProber;
import io.camwarden.probe.telnet.TelnetProber;
import io.camwarden.probe.vendor.VendorControlProber;
import io.camwarden.target.TargetList;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a scan: for each target address, a TCP sweep of the ports, a unicast WS-Discovery probe, then the
 * protocol probes on each open port, and one fused identity. Hosts run in parallel on virtual threads
 * (bounded), every connection passes the global rate limit and the per-host connection cap, and each
 * responding host is reported as soon as it is done.
 */
public final class Scanner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Scanner.class);
    /** Paths DESCRIBEd for identification: the root, then the commonest vendor stream paths. */
    static final List<String> RTSP_IDENTIFY_PATHS = List.of("/", "/Streaming/Channels/101",
            "/cam/realmonitor?channel=1&subtype=0", "/stream1", "/live");

    /** How long an unknown port gets to start answering the sniff request. */
    static final java.time.Duration SNIFF_READ_TIMEOUT = java.time.Duration.ofSeconds(2);

    /** Rounds of a port's probe plan before it is reported as an unrecognised service. */
    static final int PROBE_ROUNDS = 2;
    /** Pause before the second round: a device that was busy has a moment to drain its queue. */
    static final java.time.Duration PROBE_RETRY_PAUSE = java.time.Duration.ofMillis(500);

    private final ScanOptions options;
    private final Identifier identifier;
    private final RateLimiter rate;
    private final HostSlots slots;
    private final TcpSweep sweep;
    private final HttpProbeClient http;
    private final OnvifHttp onvifHttp;
    private final Clock clock;

    public Scanner(ScanOptions options, Identifier identifier, Clock clock) {
        this.options = options;
        this.identifier = identifier;
        this.clock = clock;
        this.rate = new RateLimiter(options.connectionsPerSecond());
        this.slots = new HostSlots(options.connectionsPerHost());
        this.sweep = new TcpSweep(rate, slots, new TcpSweep.Options(options.connectTimeout(), options.retries()));
        this.http = new HttpProbeClient(options.limits());
        this.onvifHttp = OnvifHttp.withDefaults();
    }

    /** Scans every target; returns when all are done. */
    public void scan(TargetList targets, ScanListener listener) throws InterruptedException {
        Semaphore parallel = new Semaphore(options.parallelHosts());
        try (ExecutorService hosts = Executors.newVirtualThreadPerTaskExecutor()) {
            for (InetAddress host : targets) {
                parallel.acquire();
                hosts.submit(() -> {
                    try {
                        scanHost(host).ifPresent(listener::host);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        log.warn("Scan of {} failed unexpectedly; other hosts go on", IpAddresses.canonical(host), e);
                    } finally {
                        slots.release(host);
                        parallel.release();
                        listener.addressDone();
                    }
                });
            }
        }
    }

    /** One host: its report, or empty when nothing answered. */
    public Optional<HostReport> scanHost(InetAddress host) throws InterruptedException {
        List<Integer> open = sweep.openPorts(host, options.ports());
        List<WsDiscoveryMatch> wsd = open.isEmpty() || !options.wsDiscovery() ? List.of() : wsDiscovery(host);
        if (open.isEmpty() && wsd.isEmpty()) {
            return Optional.empty();
        }
        Credentials credentials = options.credentials().forHost(host).orElse(null);
        String ip = IpAddresses.canonical(host);
        // each open port on its own virtual thread; the host's connection slots keep it to two at a time
        List<Service> services = new ArrayList<>();
        try (ExecutorService ports = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Service>> found = new ArrayList<>();
            for (int port : open) {
                found.add(ports.submit(() -> identifyPort(host, new Endpoint(ip, port), credentials)));
            }
            for (var f : found) {
                try {
                    services.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    log.debug("probe of {} failed: {}", ip, e.getCause().toString());
                }
            }
        }
        Set<Integer> onvifPorts = new LinkedHashSet<>();
        for (Service s : services) {
            if (s.protocol() == ServiceProtocol.HTTP || s.protocol() == ServiceProtocol.HTTPS) {
                onvifPorts.add(s.port());
            }
        }
        List<URI> deviceServices = new ArrayList<>();
        for (WsDiscoveryMatch m : wsd) {
            URI at = m.deviceServiceAt(host);
            if (at != null) {
                deviceServices.add(at);
            }
        }
        for (int port : onvifPorts) {
            URI u = URI.create("http://" + new Endpoint(ip, port).authority() + "/onvif/device_service");
            if (deviceServices.stream().noneMatch(d -> d.getPort() == port || d.getPort() == -1 && port == 80)) {
                deviceServices.add(u);
            }
        }
        for (URI deviceService : deviceServices) {
            onvif(host, deviceService, credentials).ifPresent(services::add);
        }
        List<io.camwarden.domain.scan.Observation> discoveryEvidence = new ArrayList<>();
        wsd.forEach(m -> discoveryEvidence.addAll(m.observations()));
        if (!discoveryEvidence.isEmpty()) {
            services.add(new Service(WsDiscoveryClient.PORT, ServiceProtocol.ONVIF, discoveryEvidence));
        }
        Identity identity = identifier.identifyServices(services);
        return Optional.of(new HostReport(ip, Instant.now(clock), services, identity, null));
    }

    /** The first protocol that answers on the port, or OTHER when none does. */
    private Service identifyPort(InetAddress host, Endpoint endpoint, Credentials credentials)
            throws InterruptedException {
        List<ServiceProtocol> order = PortPlan.order(endpoint.port());
        if (order.isEmpty()) {
            order = withSlot(host, () -> ProtocolSniffer.order(endpoint, options.connectTimeout(),
                    SNIFF_READ_TIMEOUT));
        }
        // The port accepted a connection in the sweep, so a plan that found nothing was more likely a busy
        // device (a listen backlog full, a banner late) than an unknown service: the plan gets a second round.
        int rounds = order.isEmpty() ? 1 : PROBE_ROUNDS;
        for (int round = 0; round < rounds; round++) {
            if (round > 0) {
                Thread.sleep(PROBE_RETRY_PAUSE);
            }
            for (ServiceProtocol p : order) {
                Optional<Service> s = withSlot(host, () -> prober(p, credentials).probe(endpoint));
                if (s.isPresent()) {
                    return s.get();
                }
            }
        }
        return new Service(endpoint.port(), ServiceProtocol.OTHER, List.of());
    }

    private List<WsDiscoveryMatch> wsDiscovery(InetAddress host) {
        try {
            var client = new WsDiscoveryClient(WsDiscoveryClient.Options.defaults().withListen(options.wsDiscoveryWait()));
            return client.probeHosts(List.of(host)).matches();
        } catch (RuntimeException e) {
            log.debug("WS-Discovery to {} failed: {}", host, e.getMessage());
            return List.of();
        }
    }

    /** The ONVIF read of one device service, if something ONVIF answers there. */
    private Optional<Service> onvif(InetAddress host, URI deviceService, Credentials credentials)
            throws InterruptedException {
        return withSlot(host, () -> {
            OnvifClient client = new OnvifClient(onvifHttp, deviceService, clock);
            if (credentials != null) {
                client = client.withCredentials(new OnvifCredentials(credentials.user(), credentials.password()));
            }
            OnvifResponse<?> time = client.getSystemDateAndTime();
            boolean speaksOnvif = time.outcome() == OnvifResponse.Outcome.ANSWERED
                    || time.outcome() == OnvifResponse.Outcome.FAULT;
            if (!speaksOnvif) {
                return Optional.<Service>empty();
            }
            OnvifReport report = OnvifProbe.run(client);
            int port = deviceService.getPort() > 0 ? deviceService.getPort()
                    : deviceService.getScheme().equals("https") ? 443 : 80;
            return Optional.of(new Service(port, ServiceProtocol.ONVIF, report.observations()));
        });
    }

    private ServiceProber prober(ServiceProtocol p, Credentials credentials) {
        return switch (p) {
            case RTSP -> new RtspProber(options.limits(), RTSP_IDENTIFY_PATHS, credentials);
            case TELNET -> new TelnetProber(options.limits());
            case VENDOR_CONTROL -> new VendorControlProber(options.limits());
            default -> new HttpProber(http, credentials);
        };
    }

    private interface SlotWork<T> {
        T run();
    }

    /** Runs one conversation with the host inside a connection slot and the rate limit. */
    private <T> T withSlot(InetAddress host, SlotWork<T> work) throws InterruptedException {
        rate.acquire();
        try (HostSlots.Slot slot = slots.acquire(host)) {
            return work.run();
        }
    }

    @Override
    public void close() {
        http.close();
        onvifHttp.close();
    }
}
