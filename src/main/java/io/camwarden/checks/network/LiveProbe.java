package io.camwarden.checks.network;

import io.camwarden.checks.credential.CredentialAuditResult;
import io.camwarden.checks.credential.CredentialAuditor;
import io.camwarden.checks.credential.CredentialDictionary;
import io.camwarden.checks.credential.LoginTargetFinder;
import io.camwarden.domain.net.IpAddresses;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.scan.CredentialBook;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.http.HttpAnswer;
import io.camwarden.probe.http.HttpProbeClient;
import io.camwarden.probe.http.SnapshotUrls;
import io.camwarden.probe.onvif.DeviceServiceAddress;
import io.camwarden.probe.onvif.OnvifClient;
import io.camwarden.probe.onvif.OnvifCredentials;
import io.camwarden.probe.onvif.OnvifIpFilter;
import io.camwarden.probe.onvif.OnvifUser;
import io.camwarden.probe.onvif.OnvifHttp;
import io.camwarden.probe.onvif.OnvifProbe;
import io.camwarden.probe.onvif.OnvifReport;
import io.camwarden.probe.onvif.OnvifResponse;
import io.camwarden.probe.onvif.StreamUri;
import io.camwarden.probe.rtsp.AnyPathVerdict;
import io.camwarden.probe.rtsp.RtspClient;
import io.camwarden.probe.rtsp.RtspDescribeResult;
import io.camwarden.probe.rtsp.RtspPaths;
import io.camwarden.probe.activation.ActivationProbe;
import io.camwarden.probe.ssdp.SsdpClient;
import io.camwarden.probe.tls.LegacyTlsProbe;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The active network tests of an assessment, on one scanned host, one conversation at a time (so the
 * per-host connection cap holds): RTSP streams without credentials (after a random path, so a server that
 * answers everything is not mistaken for an open camera), snapshot URLs without credentials, ONVIF
 * operations without a token, the web interface's redirect and authentication scheme, SSDP, and, when
 * asked, the credential audit. Everything is a read; nothing is written to the device.
 */
public final class LiveProbe implements AutoCloseable {

    /** What to run and within which limits. */
    public record Options(boolean credentialAudit, CredentialAuditor.Options budget, ProbeLimits limits,
                          int streamPaths, int snapshotUrls, Duration ssdpWait, CredentialBook owner) {
        public Options {
            owner = owner == null ? CredentialBook.NONE : owner;
        }

        public Options(boolean credentialAudit, CredentialAuditor.Options budget, ProbeLimits limits,
                       int streamPaths, int snapshotUrls, Duration ssdpWait) {
            this(credentialAudit, budget, limits, streamPaths, snapshotUrls, ssdpWait, CredentialBook.NONE);
        }

        public static Options defaults() {
            return new Options(true, CredentialAuditor.Options.DEFAULTS, ProbeLimits.DEFAULT, 8, 6,
                    Duration.ofMillis(1500));
        }

        public Options withoutCredentialAudit() {
            return new Options(false, budget, limits, streamPaths, snapshotUrls, ssdpWait, owner);
        }

        public Options withBudget(CredentialAuditor.Options b) {
            return new Options(credentialAudit, b, limits, streamPaths, snapshotUrls, ssdpWait, owner);
        }

        /**
         * The owner's credentials (the scan's --credentials), for the authenticated reads of AUTH-08 and CFG-04:
         * one known pair per device, never a guess.
         */
        public Options withOwnerCredentials(CredentialBook book) {
            return new Options(credentialAudit, budget, limits, streamPaths, snapshotUrls, ssdpWait, book);
        }
    }

    /** How evidence names the reader when a device answered GetUsers without credentials. */
    static final String ANYONE = "anyone (no credentials)";

    /** The registered port of RTSP over TLS (RFC 2326 §3.2, "rtsps"). */
    static final int RTSPS_PORT = 322;
    private static final Duration UNNAMED_PORT_WAIT = Duration.ofSeconds(2);

    private final Options options;
    private final Clock clock;
    private final HttpProbeClient http;
    private final OnvifHttp onvifHttp;
    private final CredentialDictionary dictionary = CredentialDictionary.bundled();

    public LiveProbe(Options options, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.http = new HttpProbeClient(options.limits());
        this.onvifHttp = OnvifHttp.withDefaults();
    }

    public LiveEvidence probe(HostReport host) {
        String vendor = host.identity().vendor() == null ? null : host.identity().vendor().value();
        List<LiveEvidence.Stream> streams = new ArrayList<>();
        List<LiveEvidence.Snapshot> snapshots = new ArrayList<>();
        List<LiveEvidence.Onvif> onvif = new ArrayList<>();
        List<LiveEvidence.Web> web = new ArrayList<>();
        for (Service s : host.services()) {
            Endpoint e = new Endpoint(host.ip(), s.port());
            if (s.port() == RTSPS_PORT || s.protocol() == ServiceProtocol.OTHER) {
                // RTSP inside TLS: on its registered port, or on a port the scan could not name (a TLS wrapper)
                // a port the scan could not name is often silent: wait less for a TLS handshake there
                ProbeLimits limits = s.port() == RTSPS_PORT ? options.limits() : options.limits().withTimeouts(
                        options.limits().connectTimeout(), UNNAMED_PORT_WAIT, options.limits().exchangeTimeout());
                RtspClient secure = RtspClient.overTls(e, limits);
                if (answersRtsp(secure)) {
                    streams.add(stream(secure, e, vendor, List.of()));
                    continue;
                }
            }
            switch (s.protocol()) {
                case RTSP -> streams.add(stream(new RtspClient(e, options.limits()), e, vendor,
                        io.camwarden.checks.credential.LoginTargetFinder.seenPaths(s)));
                case HTTP, HTTPS -> {
                    boolean tls = s.protocol() == ServiceProtocol.HTTPS;
                    web(e, tls).ifPresent(web::add);
                    snapshot(e, tls, vendor).ifPresent(snapshots::add);
                }
                case ONVIF -> DeviceServiceAddress.of(host.ip(), s).ifPresent(u -> onvif.add(onvif(s.port(), u,
                        options.owner().forHost(IpAddresses.parse(host.ip())).orElse(null))));
                default -> {
                }
            }
        }
        // the vendor discovery questions wait for their answers while SSDP waits for its own: UDP, no connection slot
        var activationReplies = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> ActivationProbe.ask(IpAddresses.parse(host.ip()), options.ssdpWait()),
                runnable -> Thread.ofVirtual().start(runnable));
        List<LiveEvidence.Ssdp> ssdp = SsdpClient.search(IpAddresses.parse(host.ip()), options.ssdpWait()).stream()
                .map(a -> new LiveEvidence.Ssdp(a.header("SERVER"), a.header("LOCATION"), a.header("ST"))).toList();
        List<LiveEvidence.Activation> activation = activationReplies.join().stream()
                .map(r -> new LiveEvidence.Activation(r.protocol(), r.model(), r.serial(), r.firmware(),
                        r.state().name(), r.flag())).toList();
        CredentialAuditResult credentials = null;
        if (options.credentialAudit()) {
            var targets = new LoginTargetFinder(options.limits(), http, onvifHttp, clock).targets(host);
            credentials = new CredentialAuditor(options.budget()).audit(targets, dictionary.candidates(vendor, 64));
        }
        return new LiveEvidence(streams, snapshots, onvif, web, ssdp, credentials, activation);
    }

    /** Whether an RTSP server answers OPTIONS on this client's transport. */
    private static boolean answersRtsp(RtspClient client) {
        try {
            client.options();
            return true;
        } catch (IOException notRtsp) {
            return false;
        }
    }

    private LiveEvidence.Stream stream(RtspClient client, Endpoint e, String vendor, List<String> seenPaths) {
        boolean tls = client.tls();
        boolean anyPath = false;
        try {
            anyPath = client.answersAnyPath(null) == AnyPathVerdict.ANSWERS_ANY_PATH;
        } catch (IOException ex) {
            return new LiveEvidence.Stream(e.port(), false, null, null, null, List.of(), tls, List.of());
        }
        for (String path : RtspPaths.forVendor(vendor, seenPaths).stream().limit(options.streamPaths()).toList()) {
            try {
                RtspDescribeResult r = client.describe(path, null);
                if (r.outcome() == AuthOutcome.NOT_REQUIRED && r.finalStatus() == 200 && r.hasMedia()) {
                    String media = r.sdp().map(sdp -> sdp.toString()).orElse("");
                    List<String> profiles = r.sdp().map(sdp -> sdp.media().stream().map(m -> m.protocol())
                            .distinct().toList()).orElse(List.of());
                    return new LiveEvidence.Stream(e.port(), anyPath, path, media.length() > 300
                            ? media.substring(0, 300) : media, null, List.of(), tls, profiles);
                }
                if (r.outcome() == AuthOutcome.REQUIRED) {
                    return new LiveEvidence.Stream(e.port(), anyPath, null, null, path, r.offeredSchemes(), tls,
                            List.of());
                }
            } catch (IOException ex) {
                break;
            }
        }
        return new LiveEvidence.Stream(e.port(), anyPath, null, null, null, List.of(), tls, List.of());
    }

    private java.util.Optional<LiveEvidence.Snapshot> snapshot(Endpoint e, boolean tls, String vendor) {
        String base = (tls ? "https://" : "http://") + e.authority();
        for (String path : SnapshotUrls.forMaker(vendor, options.snapshotUrls())) {
            try {
                HttpAnswer a = http.get(URI.create(base + path), null);
                String type = a.contentType().orElse("").toLowerCase(Locale.ROOT);
                byte[] b = a.body();
                boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
                if (a.status() == 200 && (jpeg || type.startsWith("image/") && b.length > 100)) {
                    return java.util.Optional.of(new LiveEvidence.Snapshot(e.port(), base + path, type, b.length));
                }
            } catch (java.net.ConnectException gone) {
                return java.util.Optional.empty(); // nothing listens any more: the other URLs would fail the same way
            } catch (IOException | IllegalArgumentException ex) {
                // one URL that resets, stalls or cannot be built says nothing about the maker's other URLs
            }
        }
        return java.util.Optional.empty();
    }

    private java.util.Optional<LiveEvidence.Web> web(Endpoint e, boolean tls) {
        try {
            HttpAnswer a = http.get(URI.create((tls ? "https://" : "http://") + e.authority() + "/"), null);
            String location = a.isRedirect() ? a.headers().first("Location").orElse(null) : null;
            String scheme = a.headers().first("WWW-Authenticate").map(v -> v.strip().split("\\s+")[0]).orElse(null);
            return java.util.Optional.of(new LiveEvidence.Web(e.port(), tls, a.status(), location, scheme,
                    tls ? oldProtocols(e) : null, tls ? weakCipher(e) : null));
        } catch (IOException ex) {
            return java.util.Optional.empty();
        }
    }

    /** The TLS versions below 1.2 the server still accepts: one ClientHello each, read up to the ServerHello. */
    private List<String> oldProtocols(Endpoint e) {
        try {
            return new LegacyTlsProbe(options.limits()).probe(e).stream().filter(LegacyTlsProbe.Result::accepted)
                    .map(r -> r.offered().label()).toList();
        } catch (IOException ex) {
            return null; // the port stopped answering: not asked
        }
    }

    /** The weak cipher suite the server chose when offered only weak ones; "" when it refused them all. */
    private String weakCipher(Endpoint e) {
        try {
            return new LegacyTlsProbe(options.limits()).weakCipher(e).orElse("");
        } catch (IOException ex) {
            return null; // the port stopped answering: not asked
        }
    }

    private LiveEvidence.Onvif onvif(int port, URI service, Credentials owner) {
        OnvifClient client = new OnvifClient(onvifHttp, service, clock);
        OnvifReport report = OnvifProbe.run(client);
        OnvifResponse<List<OnvifUser>> users = client.getUsers();
        List<String> uris = report.answeredStreamUris().stream().map(StreamUri::uri).map(String::valueOf).toList();
        String streamOutcome = report.streamUris().isEmpty() ? "NOT_ASKED" : report.streamUris().getFirst().outcome().name();
        LiveEvidence.Owner read;
        if (owner != null) {
            read = ownerRead(client.withCredentials(new OnvifCredentials(owner.user(), owner.password())), owner.user());
        } else if (users.answered()) {
            // the device lists its accounts to anyone (AUTH-04's failure): AUTH-08 can still judge the list
            read = new LiveEvidence.Owner(ANYONE, users.outcome().name(), null, accounts(users), "NOT_ASKED",
                    "not asked without the owner's credentials", null, List.of());
        } else {
            read = null;
        }
        return new LiveEvidence.Onvif(port, service.toString(), report.deviceInformation().outcome().name(),
                users.outcome().name(), streamOutcome, uris, report.clockSkew(), read);
    }

    /** Account names and levels only: a password some devices send along is never kept. */
    private static List<LiveEvidence.Account> accounts(OnvifResponse<List<OnvifUser>> users) {
        return users.optional().orElse(List.of()).stream()
                .map(u -> new LiveEvidence.Account(u.username(), u.userLevel())).toList();
    }

    /** GetUsers and GetIPAddressFilter with the owner's credentials: two reads, nothing written. */
    private static LiveEvidence.Owner ownerRead(OnvifClient client, String user) {
        OnvifResponse<List<OnvifUser>> users = client.getUsers();
        OnvifResponse<OnvifIpFilter> filter = client.getIpAddressFilter();
        OnvifIpFilter f = filter.optional().orElse(null);
        return new LiveEvidence.Owner(user, users.outcome().name(), users.answered() ? null : users.summary(),
                accounts(users),
                filter.outcome().name(), filter.answered() ? null : filter.summary(), f == null ? null : f.type(),
                f == null ? List.of() : f.addresses());
    }

    @Override
    public void close() {
        http.close();
        onvifHttp.close();
    }
}
