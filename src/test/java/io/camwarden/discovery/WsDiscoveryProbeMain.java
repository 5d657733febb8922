package io.camwarden.discovery;

import io.camwarden.probe.onvif.OnvifClient;
import io.camwarden.probe.onvif.OnvifHttp;
import io.camwarden.probe.onvif.OnvifProbe;
import io.camwarden.probe.onvif.OnvifReport;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The prober side of {@link WsDiscoveryMulticastLabTest}: runs in its own JVM inside the prober namespace,
 * discovers (multicast or unicast), reads each device found over ONVIF, and prints one line per fact.
 *
 * <p>Usage: {@code multicast|unicast BIND_ADDRESS LISTEN_MS [HOST...]}
 */
public final class WsDiscoveryProbeMain {

    public static void main(String[] args) throws Exception {
        var options = WsDiscoveryClient.Options.defaults().withBindAddress(InetAddress.getByName(args[1]))
                .withListen(Duration.ofMillis(Long.parseLong(args[2])));
        WsDiscoveryClient client = new WsDiscoveryClient(options);
        WsDiscoveryRun run;
        if (args[0].equals("multicast")) {
            run = client.probeMulticast(null);
        } else {
            List<InetAddress> hosts = new ArrayList<>();
            for (int i = 3; i < args.length; i++) {
                hosts.add(InetAddress.getByName(args[i]));
            }
            run = client.probeHosts(hosts);
        }
        try (OnvifHttp http = OnvifHttp.withDefaults()) {
            for (WsDiscoveryMatch m : run.matches()) {
                System.out.println("MATCH from=" + m.from().getAddress().getHostAddress() + " xaddr=" + m.xaddrs()
                        + " name=" + m.name() + " hardware=" + m.hardware());
                java.net.URI deviceService = m.deviceServiceAt(m.from().getAddress());
                if (deviceService != null) {
                    OnvifReport report = OnvifProbe.run(new OnvifClient(http, deviceService, Clock.systemUTC()));
                    report.deviceInformation().optional().ifPresent(info -> System.out.println(
                            "DEVICE manufacturer=" + info.manufacturer() + " model=" + info.model()));
                    report.answeredStreamUris().forEach(s -> System.out.println("STREAM " + s.uri()));
                }
            }
        }
        System.out.println("SUMMARY sent=" + run.probesSent() + " matches=" + run.matches().size() + " rejected="
                + run.rejected() + " problems=" + run.problems());
    }

    private WsDiscoveryProbeMain() {
    }
}
