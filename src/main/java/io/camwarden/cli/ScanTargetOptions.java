package io.camwarden.cli;

import io.camwarden.scan.CredentialBook;
import io.camwarden.scan.DefaultPorts;
import io.camwarden.scan.ScanOptions;
import io.camwarden.target.TargetList;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to scan and how gently: shared by `scan` and `audit`. */
public final class ScanTargetOptions {

    @Parameters(paramLabel = "TARGET", arity = "1..*", description = "Addresses, networks, ranges or host names.")
    List<String> targets;

    @Option(names = "--exclude", paramLabel = "TARGET", split = ",", description = "Targets to leave out.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--exclude-file", paramLabel = "FILE", description = "Targets to leave out, one per line.")
    Path excludeFile;

    @Option(names = {"-p", "--ports"}, paramLabel = "PORTS",
            description = "Ports and ranges, e.g. 80,443,554,8000-8010. Default: the camera port set shipped with"
                    + " CamWarden (scan/default_ports.csv).")
    String ports;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "300",
            description = "Connection attempts per second, in all (default ${DEFAULT-VALUE}; 0: no limit, for labs"
                    + " only).")
    double rate;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "2",
            description = "Concurrent connections per host (default ${DEFAULT-VALUE}; cameras are fragile).")
    int perHost;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "1500",
            description = "Connect timeout in milliseconds (default ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "1",
            description = "Retries of a connect that timed out (default ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--parallel-hosts", paramLabel = "N", defaultValue = "256",
            description = "Hosts scanned at the same time (default ${DEFAULT-VALUE}).")
    int parallelHosts;

    @Option(names = "--no-ws-discovery", description = "Do not send unicast WS-Discovery probes.")
    boolean noWsDiscovery;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "Operator-supplied credentials for authenticated identification.")
    Path credentials;

    @Option(names = "--max-hosts", paramLabel = "N", defaultValue = "1048576",
            description = "Refuse target lists larger than this (default ${DEFAULT-VALUE}).")
    long maxHosts;

    List<String> excluded() throws IOException {
        List<String> excluded = new ArrayList<>(exclude);
        if (excludeFile != null) {
            Files.readAllLines(excludeFile).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(excluded::add);
        }
        return excluded;
    }

    TargetList targetList(List<String> extraTargets) throws IOException {
        List<String> include = new ArrayList<>(targets);
        include.addAll(extraTargets);
        return TargetList.of(include, excluded()).requireAtMost(BigInteger.valueOf(maxHosts));
    }

    /** The scan options; {@code extraDefaultPorts} join the default port set when --ports is not given. */
    ScanOptions scanOptions(List<Integer> extraDefaultPorts) throws IOException {
        ScanOptions options = ScanOptions.defaults()
                .withRate(rate, perHost)
                .withTimeout(Duration.ofMillis(timeoutMillis), retries)
                .withParallelHosts(parallelHosts)
                .withWsDiscovery(!noWsDiscovery);
        if (ports != null) {
            options = options.withPorts(DefaultPorts.parse(ports));
        } else if (!extraDefaultPorts.isEmpty()) {
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>(options.ports());
            all.addAll(extraDefaultPorts);
            options = options.withPorts(List.copyOf(all));
        }
        if (credentials != null) {
            options = options.withCredentials(CredentialBook.read(credentials));
        }
        return options;
    }
}
