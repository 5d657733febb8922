package io.camwarden.lab;

import io.camwarden.probe.Endpoint;
import io.camwarden.probe.LabProcess;
import io.camwarden.probe.onvif.lab.OnvifMock;
import io.camwarden.probe.onvif.lab.SecureOnvifDevice;
import io.camwarden.probe.rtsp.RtspClient;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.onvif.OnvifClient;
import io.camwarden.probe.onvif.OnvifCredentials;
import io.camwarden.probe.onvif.OnvifHttp;
import io.camwarden.probe.onvif.OnvifResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Starts the camera lab's third-party devices (shared/lab) on one loopback address each, and registers them
 * with {@link Peers} so the test stops them: GStreamer's RTSP server, lighttpd camera web interfaces, the telnet
 * login, the npm ONVIF mockup and the Apache CXF ONVIF device. One address per device keeps a scan's hosts
 * apart, as real cameras are. The devices written in Java here (proxies, small emulated devices) run on
 * platform threads, so that they never compete with the scanner's virtual threads for carriers. The ONVIF
 * devices are started warm: they have answered one SOAP call before the test begins, because the first
 * request into a fresh CXF or node process can take longer than a scanner waits for a camera.
 */
public final class LabDevices {

    private final Peers peers;

    public LabDevices(Peers peers) {
        this.peers = peers;
    }

    /** GStreamer gst-rtsp-server with an H.264 test stream at {@code mount}; auth none, basic or digest. */
    public Endpoint rtsp(String host, String auth, String mount, String password) throws Exception {
        int port = LabProcess.freePort(host);
        String script = LabProcess.shared().resolve("lab/rtsp/rtsp_server.py").toString();
        peers.add(LabProcess.start(List.of("/usr/bin/python3", script, "--address", host, "--port",
                Integer.toString(port), "--mount", mount, "--auth", auth, "--user", "admin", "--password", password),
                host, port, Duration.ofSeconds(20)));
        Endpoint at = new Endpoint(host, port);
        warmUp(new RtspClient(at, ProbeLimits.DEFAULT), mount, auth.equals("none") ? null : new Credentials("admin", password));
        return at;
    }

    /**
     * GStreamer's RTSP server offering encrypted video (src/test/resources/lab/rtsp_secure_server.py): SRTP media
     * (the RTP/SAVP profile) and/or RTSP inside TLS with the certificate in {@code tlsPem}; Digest admin/
     * {@code password} when that is not null. Listens on {@code port} of {@code host}.
     */
    public Endpoint secureRtsp(String host, int port, boolean srtp, java.nio.file.Path tlsPem, String password)
            throws Exception {
        String script = java.nio.file.Path.of(LabDevices.class.getResource("/lab/rtsp_secure_server.py").toURI())
                .toString();
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/python3", script, "--address", host,
                "--port", Integer.toString(port), "--mount", "/stream1"));
        if (srtp) {
            command.add("--srtp");
        }
        if (tlsPem != null) {
            command.addAll(List.of("--tls", tlsPem.toString()));
        }
        if (password != null) {
            command.addAll(List.of("--digest", "admin:" + password));
        }
        peers.add(LabProcess.start(command, host, port, Duration.ofSeconds(20)));
        Endpoint at = new Endpoint(host, port);
        warmUp(tlsPem == null ? new RtspClient(at, ProbeLimits.DEFAULT) : RtspClient.overTls(at, ProbeLimits.DEFAULT),
                "/stream1", password == null ? null : new Credentials("admin", password));
        return at;
    }

    /** Waits until the stream plays (a DESCRIBE answered with a media description), at most a minute. */
    private static void warmUp(RtspClient client, String mount, Credentials credentials) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try {
                if (client.describe(mount, credentials).hasMedia()) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the pipeline is still being built
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GStreamer at " + client.url(mount) + " never described it");
            }
            Thread.sleep(200);
        }
    }

    public Lighttpd web(Lighttpd.Config config) throws Exception {
        return peers.add(Lighttpd.start(config));
    }

    /** The lab's camera-like telnet login (telnetd under socat, admin/admin, never a shell). */
    public Endpoint telnet(String host) throws Exception {
        int port = LabProcess.freePort(host);
        peers.add(LabProcess.start(List.of("sh", LabProcess.shared().resolve("lab/telnet/telnet.sh").toString(),
                Integer.toString(port), host), host, port, Duration.ofSeconds(15)));
        return new Endpoint(host, port);
    }

    /** The Apache CXF + WSS4J ONVIF device (WS-UsernameToken admin/12345, GetSystemDateAndTime open). */
    public URI secureOnvif(String host) throws Exception {
        URI service = peers.add(SecureOnvifDevice.start(host)).deviceService();
        warmUp(service);
        // and once through WSS4J's checks: the first authenticated call into a fresh CXF process is the slow one
        try (OnvifHttp http = OnvifHttp.withDefaults()) {
            OnvifClient client = new OnvifClient(http, service, Clock.systemUTC());
            client.getSystemDateAndTime();
            var info = client.withCredentials(new OnvifCredentials(SecureOnvifDevice.USER, SecureOnvifDevice.PASSWORD))
                    .getDeviceInformation();
            if (info.outcome() != OnvifResponse.Outcome.ANSWERED) {
                throw new IllegalStateException(service + " refused its own credentials: " + info.outcome());
            }
        }
        return service;
    }

    /** Waits until the device service answers GetSystemDateAndTime (at most a minute). */
    private static void warmUp(URI deviceService) throws InterruptedException {
        try (OnvifHttp http = OnvifHttp.withDefaults()) {
            OnvifClient client = new OnvifClient(http, deviceService, Clock.systemUTC());
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (client.getSystemDateAndTime().outcome() != OnvifResponse.Outcome.ANSWERED) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(deviceService + " never answered GetSystemDateAndTime");
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * The npm ONVIF mockup, reached at {@code host} through a TCP forwarder: the mockup always binds every
     * address, so without one its port would answer on every loopback host of a scan. Its own port stays
     * reachable for the addresses it writes into its answers (HOSTNAME is {@code host}).
     */
    public CountingProxy onvifMock(String host) throws Exception {
        OnvifMock mock = peers.add(OnvifMock.start(host));
        CountingProxy front = peers.add(CountingProxy.start(host, "127.0.0.1", mock.port()));
        warmUp(URI.create("http://" + front.endpoint().authority() + "/onvif/device_service"));
        return front;
    }

    /** A counting proxy on {@code host} in front of a device elsewhere on loopback. */
    public CountingProxy proxy(String host, Endpoint device) throws Exception {
        return peers.add(CountingProxy.start(host, device.host(), device.port()));
    }

    public CountingProxy proxy(String host, URI device) throws Exception {
        return peers.add(CountingProxy.start(host, device.getHost(), device.getPort()));
    }
}
