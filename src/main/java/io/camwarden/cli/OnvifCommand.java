package io.camwarden.cli;

import io.camwarden.discovery.WsDiscoveryClient;
import io.camwarden.discovery.WsDiscoveryMatch;
import io.camwarden.discovery.WsDiscoveryRun;
import io.camwarden.domain.scan.Observation;
import io.camwarden.probe.onvif.OnvifClient;
import io.camwarden.probe.onvif.OnvifCredentials;
import io.camwarden.probe.onvif.OnvifHttp;
import io.camwarden.probe.onvif.OnvifProbe;
import io.camwarden.probe.onvif.OnvifReport;
import io.camwarden.probe.onvif.OnvifResponse;
import io.camwarden.probe.onvif.StreamUri;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `camwarden onvif discover|probe`: find ONVIF devices, and read one the way the scan does. */
@Command(name = "onvif", mixinStandardHelpOptions = true,
        description = "Find ONVIF devices (WS-Discovery) and read one device over ONVIF.",
        subcommands = {OnvifCommand.Discover.class, OnvifCommand.Probe.class})
final class OnvifCommand extends ParentCommand {

    @Command(name = "discover", mixinStandardHelpOptions = true,
            description = {"Send WS-Discovery Probes and list the devices that answer.",
                    "With HOSTs: a unicast Probe to port 3702 of each (works across routers).",
                    "With --multicast: one Probe to 239.255.255.250 on this network segment only (TTL 1)."})
    static final class Discover implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--multicast", description = "Probe this segment by multicast.")
        boolean multicast;

        @Option(names = "--bind", paramLabel = "ADDRESS", description = "Local address to send from (default: any).")
        String bind;

        @Option(names = "--listen-ms", paramLabel = "MS", defaultValue = "3000",
                description = "How long to wait for answers after the last Probe (default: ${DEFAULT-VALUE}).")
        long listenMs;

        @Parameters(paramLabel = "HOST", arity = "0..*", description = "Hosts to probe by unicast.")
        List<String> hosts = new ArrayList<>();

        @Override
        public Integer call() {
            if (multicast == !hosts.isEmpty()) {
                throw new UserError("give either --multicast or one or more HOSTs to probe");
            }
            var options = WsDiscoveryClient.Options.defaults().withBindAddress(address(bind))
                    .withListen(Duration.ofMillis(listenMs));
            WsDiscoveryClient client = new WsDiscoveryClient(options);
            WsDiscoveryRun run = multicast ? client.probeMulticast(null)
                    : client.probeHosts(hosts.stream().map(OnvifCommand::address).toList());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("WS-Discovery: %d probes sent, %d devices answered%n", run.probesSent(), run.matches().size());
            for (WsDiscoveryMatch m : run.matches()) {
                out.printf("%s  name=%s  hardware=%s  location=%s%n    xaddrs %s%n    types %s  endpoint %s%n",
                        m.from().getAddress().getHostAddress(), m.name(), m.hardware(), m.location(), m.xaddrs(),
                        String.join(" ", m.types()), m.endpoint());
            }
            if (run.unrelated() + run.rejected() > 0) {
                out.printf("ignored: %d answers to other probes, %d unreadable answers%n", run.unrelated(), run.rejected());
            }
            run.problems().forEach(p -> out.println("warning: " + p));
            return ExitCodes.OK;
        }
    }

    @Command(name = "probe", mixinStandardHelpOptions = true,
            description = {"Read one device: clock, identity, capabilities, services, scopes, profiles, stream URIs.",
                    "Read-only: nothing on the device is changed.",
                    "Exit code 0: the device answered ONVIF; 1: it did not (each call's answer is shown)."})
    static final class Probe implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "URL", description = "The device service, e.g. http://10.0.0.5/onvif/device_service")
        URI deviceService;

        @Option(names = {"-u", "--user"}, description = "User name for WS-UsernameToken and HTTP Digest.")
        String user;

        @Option(names = {"-p", "--password"}, interactive = true, arity = "0..1",
                description = "Password; asked for when given without a value.")
        String password;

        @Override
        public Integer call() {
            if (deviceService.getScheme() == null || deviceService.getHost() == null
                    || !List.of("http", "https").contains(deviceService.getScheme())) {
                throw new UserError("URL must be an http(s) address such as http://10.0.0.5/onvif/device_service, was "
                        + deviceService);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (OnvifHttp http = OnvifHttp.withDefaults()) {
                OnvifClient client = new OnvifClient(http, deviceService, Clock.systemUTC());
                if (user != null) {
                    client = client.withCredentials(new OnvifCredentials(user, password == null ? "" : password));
                }
                OnvifReport report = OnvifProbe.run(client);
                out.printf("ONVIF %s (request form %s, device clock %s)%n", deviceService, report.envelope(),
                        skew(report.clockSkew()));
                List<OnvifResponse<?>> calls = new ArrayList<>(List.of(report.dateAndTime(),
                        report.deviceInformation(), report.capabilities(), report.services(), report.scopes(),
                        report.profiles()));
                calls.addAll(report.streamUris());
                calls.forEach(r -> out.println("  " + r.summary()));
                out.println("observations:");
                for (Observation o : report.observations()) {
                    out.printf("  %s = %s%n", o.kind(), o.value());
                }
                for (StreamUri s : report.answeredStreamUris()) {
                    out.printf("stream %s: %s%n", s.profileToken(), s.uri());
                }
                boolean anyAnswer = calls.stream().anyMatch(r -> r.answered() || r.fault() != null);
                return anyAnswer ? ExitCodes.OK : ExitCodes.FOUND_PROBLEMS;
            }
        }
    }

    /** "3 d 4 h 5 min 6 s behind ours": how far the device clock is off, as an operator reads it. */
    static String skew(Duration skew) {
        if (skew == null) {
            return "unknown";
        }
        Duration off = skew.abs();
        if (off.compareTo(Duration.ofSeconds(2)) < 0) {
            return "in step with ours";
        }
        StringBuilder s = new StringBuilder();
        if (off.toDays() > 0) {
            s.append(off.toDays()).append(" d ");
        }
        if (off.toHoursPart() > 0) {
            s.append(off.toHoursPart()).append(" h ");
        }
        if (off.toMinutesPart() > 0) {
            s.append(off.toMinutesPart()).append(" min ");
        }
        return s.append(off.toSecondsPart()).append(" s ").append(skew.isNegative() ? "behind" : "ahead of")
                .append(" ours").toString();
    }

    private static InetAddress address(String text) {
        if (text == null) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new UserError("unknown host " + text + ": give an IP address or a name this machine can resolve");
        }
    }
}
