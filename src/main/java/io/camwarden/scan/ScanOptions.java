package io.camwarden.scan;

import io.camwarden.probe.ProbeLimits;
import java.time.Duration;
import java.util.List;

/**
 * How a scan behaves. Defaults are gentle: 300 connection attempts per second in all, at most two
 * connections at a time per host, 1.5 s connect timeout with one retry.
 */
public record ScanOptions(List<Integer> ports, double connectionsPerSecond, int connectionsPerHost,
                          Duration connectTimeout, int retries, int parallelHosts, boolean wsDiscovery,
                          Duration wsDiscoveryWait, CredentialBook credentials, ProbeLimits limits) {

    public static ScanOptions defaults() {
        return new ScanOptions(DefaultPorts.load(), 300, 2, Duration.ofMillis(1500), 1, 256, true,
                Duration.ofMillis(1500), CredentialBook.NONE, ProbeLimits.DEFAULT);
    }

    public ScanOptions withPorts(List<Integer> p) {
        return new ScanOptions(p, connectionsPerSecond, connectionsPerHost, connectTimeout, retries, parallelHosts,
                wsDiscovery, wsDiscoveryWait, credentials, limits);
    }

    public ScanOptions withRate(double perSecond, int perHost) {
        return new ScanOptions(ports, perSecond, perHost, connectTimeout, retries, parallelHosts, wsDiscovery,
                wsDiscoveryWait, credentials, limits);
    }

    public ScanOptions withTimeout(Duration connect, int retryCount) {
        return new ScanOptions(ports, connectionsPerSecond, connectionsPerHost, connect, retryCount, parallelHosts,
                wsDiscovery, wsDiscoveryWait, credentials, limits.withTimeouts(connect, limits.readTimeout(),
                limits.exchangeTimeout()));
    }

    public ScanOptions withParallelHosts(int n) {
        return new ScanOptions(ports, connectionsPerSecond, connectionsPerHost, connectTimeout, retries, n,
                wsDiscovery, wsDiscoveryWait, credentials, limits);
    }

    public ScanOptions withWsDiscovery(boolean on) {
        return new ScanOptions(ports, connectionsPerSecond, connectionsPerHost, connectTimeout, retries, parallelHosts,
                on, wsDiscoveryWait, credentials, limits);
    }

    public ScanOptions withCredentials(CredentialBook book) {
        return new ScanOptions(ports, connectionsPerSecond, connectionsPerHost, connectTimeout, retries, parallelHosts,
                wsDiscovery, wsDiscoveryWait, book, limits);
    }
}
