package io.camwarden.cli;

import io.camwarden.domain.scan.HostReport;
import io.camwarden.identity.Identifier;
import io.camwarden.scan.ScanJson;
import io.camwarden.scan.ScanListener;
import io.camwarden.scan.ScanOptions;
import io.camwarden.scan.Scanner;
import io.camwarden.target.TargetList;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** `camwarden scan TARGETS`: discover and identify cameras; one JSON object per responding host. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Discover cameras, NVRs and DVRs and identify vendor, model and firmware over their real "
                + "protocols (TCP sweep, WS-Discovery, HTTP/HTTPS, RTSP, ONVIF, telnet, vendor control ports).",
                "Writes one JSON object per responding host (JSON Lines) to --out or standard output; with --server, "
                        + "uploads them to a running CamWarden, which reconciles them with the registry.",
                "Scan only networks you are authorised to audit."},
        footer = {"", "Targets: 10.0.0.5  10.0.0.0/24  10.0.0.1-10.0.0.99  10.0.0.1-99  10.0.1-3.1-254  "
                + "192.168.1.1,5,9  camera.local  2001:db8::/120",
                "Credentials file: one '[TARGET] USER:PASSWORD' per line (no TARGET: every host); used only to "
                        + "read device information, never to guess."})
final class ScanCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    ScanTargetOptions scan;

    @Option(names = "--multicast", description = {"Also send a multicast WS-Discovery Probe on the local segment "
            + "(TTL 1) first; ONVIF devices that answer are scanned too when they are within the targets.",
            "Multicast does not cross routers: on city networks the unicast probes find the rest."})
    boolean multicast;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write results here instead of standard output.")
    Path out;

    @picocli.CommandLine.Mixin
    ServerOptions server;

    /**
     * Devices answering a multicast Probe that are inside the targets and not listed there one by one (a
     * responder inside a listed network is scanned anyway). Responders outside the targets are reported,
     * never scanned: the targets are what the operator is authorised to audit.
     */
    private List<String> multicastResponders(TargetList allowed) {
        var run = new io.camwarden.discovery.WsDiscoveryClient(io.camwarden.discovery.WsDiscoveryClient.Options.defaults())
                .probeMulticast(null);
        List<String> inside = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (var m : run.matches()) {
            java.net.InetAddress a = m.from().getAddress();
            String ip = io.camwarden.domain.net.IpAddresses.canonical(a);
            (allowed.contains(a) ? inside : outside).add(ip);
        }
        System.err.printf("multicast WS-Discovery: %d device(s) answered%s%n", run.matches().size(),
                run.problems().isEmpty() ? "" : " (" + String.join("; ", run.problems()) + ")");
        if (!outside.isEmpty()) {
            System.err.println("not scanned, outside the targets: " + String.join(", ", outside));
        }
        return inside;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<String> extra = multicast ? multicastResponders(TargetList.of(scan.targets, scan.excluded()))
                : List.of();
        TargetList list = scan.targetList(extra);
        ScanOptions options = scan.scanOptions(List.of());
        Path results = out;
        if (results == null && server.given()) {
            results = Files.createTempFile("camwarden-scan-", ".jsonl");
            results.toFile().deleteOnExit();
        }
        JsonMapper json = JsonMapper.builder().build();
        AtomicInteger hosts = new AtomicInteger();
        long started = System.nanoTime();
        long total = list.size().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        try (JsonLines lines = new JsonLines(results, json);
             ProgressBar bar = new ProgressBar("scanning", total, "hosts");
             Scanner scanner = new Scanner(options, Identifier.bundled(), Clock.systemUTC())) {
            scanner.scan(list, new ScanListener() {
                @Override
                public void host(HostReport report) {
                    lines.write(ScanJson.toMap(report));
                    hosts.incrementAndGet();
                }

                @Override
                public void addressDone() {
                    bar.step();
                }
            });
        }
        System.err.printf(Locale.ROOT, "scanned %d addresses on %d ports in %.1f s: %d responding host%s%s%n",
                total, options.ports().size(), (System.nanoTime() - started) / 1e9, hosts.get(),
                hosts.get() == 1 ? "" : "s", out == null ? "" : ", written to " + out);
        if (!list.unresolved.isEmpty()) {
            System.err.println("could not resolve: " + String.join(", ", list.unresolved));
        }
        if (server.given()) {
            ServerOptions.Answer a = server.upload("/api/v1/scans?source=" + java.net.URLEncoder.encode(
                    "camwarden scan " + String.join(" ", scan.targets), StandardCharsets.UTF_8), "application/x-ndjson", results);
            if (a.status() != 200) {
                throw new UserError("the server refused the results (" + a.status() + "): " + a.body()
                        + (out == null ? "" : "; they are kept in " + out));
            }
            System.err.println("uploaded to " + server.server() + ": " + a.body());
        }
        return ExitCodes.OK;
    }
}
