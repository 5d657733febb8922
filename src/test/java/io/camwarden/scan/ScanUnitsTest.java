package io.camwarden.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.identity.Identifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanUnitsTest {

    @Test
    void theDefaultPortsComeFromTheSharedDataFile() {
        List<Integer> ports = DefaultPorts.load();
        assertThat(ports).contains(23, 80, 443, 554, 8554, 8000, 34567, 37777, 2020)
                .doesNotContain(1900, 37020, 3702, 37215); // UDP services and botnet indicators are not scanned
        assertThat(DefaultPorts.parse("80, 554,8000-8002")).containsExactly(80, 554, 8000, 8001, 8002);
        assertThatThrownBy(() -> DefaultPorts.parse("80,0,99999,x")).hasMessageContaining("[0, 99999, x]");
    }

    @Test
    void credentialsAreChosenByTheFirstMatchingTarget(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("creds.txt");
        Files.writeString(f, "# lab\n10.0.0.0/24 admin:12345\n10.0.1.5 root:pass:with:colons\nviewer:viewer\n");
        CredentialBook book = CredentialBook.read(f);
        assertThat(book.forHost(InetAddress.getByName("10.0.0.9")).orElseThrow().user()).isEqualTo("admin");
        assertThat(book.forHost(InetAddress.getByName("10.0.1.5")).orElseThrow().password()).isEqualTo("pass:with:colons");
        assertThat(book.forHost(InetAddress.getByName("192.0.2.1")).orElseThrow().user()).isEqualTo("viewer");
        Files.writeString(f, "10.0.0.0/24 no-colon-here\n");
        assertThatThrownBy(() -> CredentialBook.read(f)).hasMessageContaining("line 1");
    }

    /**
     * Counts, on the device side, how many connections a scan holds at once: ten listening ports on one
     * host. At each accept the device first asks every connection it still holds whether the client has
     * gone (on loopback the client's FIN or RST is in the kernel before its next SYN), then counts; a
     * handler reads the request's first byte and hangs up, so probes get quick answers. The scan must never
     * hold more than two connections to the host.
     */
    @Test
    void aScanNeverHoldsMoreThanTwoConnectionsToOneHost() throws Exception {
        InetAddress host = InetAddress.getByName("127.0.3.30");
        java.util.Set<Socket> live = new java.util.HashSet<>();
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        List<ServerSocket> servers = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                ServerSocket ss = new ServerSocket();
                ss.bind(new InetSocketAddress(host, 0), 50);
                servers.add(ss);
                ports.add(ss.getLocalPort());
                Thread.ofPlatform().daemon().start(() -> {
                    while (!ss.isClosed()) {
                        try {
                            Socket s = ss.accept();
                            accepted.incrementAndGet();
                            synchronized (live) {
                                live.removeIf(ScanUnitsTest::clientGone);
                                live.add(s);
                                peak.accumulateAndGet(live.size(), Math::max);
                            }
                            Thread.ofPlatform().daemon().start(() -> {
                                try {
                                    s.setSoTimeout(150);
                                    s.getInputStream().read();
                                } catch (IOException e) {
                                    // the client went away
                                } finally {
                                    synchronized (live) {
                                        live.remove(s);
                                    }
                                    close(s);
                                }
                            });
                        } catch (IOException e) {
                            return;
                        }
                    }
                });
            }
            ScanOptions options = ScanOptions.defaults().withPorts(ports).withWsDiscovery(false)
                    .withTimeout(Duration.ofMillis(500), 0);
            try (Scanner scanner = new Scanner(options, Identifier.bundled(), Clock.systemUTC())) {
                var report = scanner.scanHost(host).orElseThrow();
                assertThat(report.services()).hasSize(10);
            }
        } finally {
            for (ServerSocket ss : servers) {
                ss.close();
            }
        }
        assertThat(accepted.get()).as("the sweep and the probes connected").isGreaterThanOrEqualTo(20);
        assertThat(peak.get()).as("connections open at once on the device").isBetween(1, 2);
    }

    /**
     * A device too busy to answer the first probe (it accepts, then hangs up, as a camera with a full queue
     * does) is probed again instead of being reported as an unknown service.
     */
    @Test
    void aPortThatAnsweredTheSweepGetsASecondProbeRound() throws Exception {
        InetAddress host = InetAddress.getByName("127.0.3.31");
        AtomicInteger accepted = new AtomicInteger();
        try (ServerSocket ss = new ServerSocket()) {
            ss.bind(new InetSocketAddress(host, 2323), 50); // 2323: a telnet port, so the plan is telnet
            Thread.ofPlatform().daemon().start(() -> {
                while (!ss.isClosed()) {
                    try (Socket s = ss.accept()) {
                        // 1: the sweep's connect; 2: the first telnet probe, hung up on; 3: answered
                        if (accepted.incrementAndGet() >= 3) {
                            s.getOutputStream().write(new byte[] {(byte) 255, (byte) 251, 1});
                            s.getOutputStream().write("\r\nIPC login: ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                            s.getOutputStream().flush();
                            s.setSoTimeout(2000);
                            s.getInputStream().read(new byte[64]);
                        }
                    } catch (IOException e) {
                        // the client went away
                    }
                }
            });
            ScanOptions options = ScanOptions.defaults().withPorts(List.of(2323)).withWsDiscovery(false)
                    .withTimeout(Duration.ofMillis(500), 0);
            try (Scanner scanner = new Scanner(options, Identifier.bundled(), Clock.systemUTC())) {
                var report = scanner.scanHost(host).orElseThrow();
                assertThat(report.services()).singleElement().satisfies(s ->
                        assertThat(s.protocol()).isEqualTo(io.camwarden.domain.scan.ServiceProtocol.TELNET));
            }
        }
        assertThat(accepted.get()).as("sweep, refused probe, second round").isEqualTo(3);
    }

    /** True when the client closed or reset the connection (an end of stream or an error within 1 ms). */
    private static boolean clientGone(Socket s) {
        try {
            s.setSoTimeout(1);
            return s.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
