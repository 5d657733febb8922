package io.camwarden.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The sweep's global rate limit, timeouts and retries, seen from the peer's side on loopback: listeners that
 * record when each connection arrived, and a listener whose accept queue is full so that the kernel drops
 * the sweep's SYN (the way a loaded camera or a lossy link swallows the first attempt). The kernel's own
 * counter of SYNs dropped at full listen queues (TcpExt ListenOverflows, per network namespace) tells how
 * many attempts reached the port.
 */
class TcpSweepPeerTest {

    private static final String[] HOSTS = {"127.0.9.81", "127.0.9.82", "127.0.9.83"};

    @Test
    void theGlobalRateLimitHoldsAtThePeersAcrossHosts() throws Exception {
        int perHost = 50;
        double rate = 50;
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        List<ServerSocket> listeners = new ArrayList<>();
        try {
            List<List<Integer>> ports = new ArrayList<>();
            for (String host : HOSTS) {
                List<Integer> p = new ArrayList<>();
                for (int i = 0; i < perHost; i++) {
                    ServerSocket s = new ServerSocket();
                    s.bind(new InetSocketAddress(InetAddress.getByName(host), 0), 50);
                    listeners.add(s);
                    p.add(s.getLocalPort());
                    Thread.ofVirtual().start(() -> {
                        while (!s.isClosed()) {
                            try (Socket c = s.accept()) {
                                arrivals.add(System.nanoTime());
                            } catch (IOException closed) {
                                return;
                            }
                        }
                    });
                }
                ports.add(p);
            }
            // one sweep shared by all hosts, as the Scanner builds it
            TcpSweep sweep = new TcpSweep(new RateLimiter(rate), new HostSlots(2),
                    new TcpSweep.Options(Duration.ofMillis(1500), 1));
            List<List<Integer>> open = new ArrayList<>();
            try (ExecutorService hosts = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<List<Integer>>> found = new ArrayList<>();
                for (int h = 0; h < HOSTS.length; h++) {
                    InetAddress a = InetAddress.getByName(HOSTS[h]);
                    List<Integer> p = ports.get(h);
                    found.add(hosts.submit(() -> sweep.openPorts(a, p)));
                }
                for (var f : found) {
                    open.add(f.get());
                }
            }
            assertThat(open).isEqualTo(ports);
            awaitSize(arrivals, HOSTS.length * perHost);

            List<Long> at = new ArrayList<>(arrivals);
            Collections.sort(at);
            int n = at.size();
            assertThat(n).isEqualTo(HOSTS.length * perHost);
            // 150 connections at 50 per second cannot arrive in less than 149/50 s (unlimited, loopback takes ms)
            double span = (at.getLast() - at.getFirst()) / 1e9;
            assertThat(span).isGreaterThanOrEqualTo((n - 1) / rate * 0.95);
            // and never in a burst: no second of arrivals holds more than the rate, plus a quarter for the jitter of
            // the listeners' own accept threads on a busy machine
            assertThat(maxInWindow(at, 1_000_000_000L)).isLessThanOrEqualTo((int) (rate * 1.25));
        } finally {
            for (ServerSocket s : listeners) {
                s.close();
            }
        }
    }

    @Test
    void aTimedOutConnectIsRetriedAndFindsAPortThatAnswersTheSecondTime() throws Exception {
        assumeTrue(listenOverflows() >= 0, "the kernel does not report TcpExt ListenOverflows");
        try (FullQueueListener port = new FullQueueListener(HOSTS[0])) {
            TcpSweep sweep = new TcpSweep(new RateLimiter(0), new HostSlots(2),
                    new TcpSweep.Options(Duration.ofMillis(400), 1));
            long dropped = listenOverflows();
            Future<List<Integer>> result;
            try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
                result = ex.submit(() -> sweep.openPorts(port.address(), List.of(port.port())));
                // the first SYN is dropped by the full queue; then the device recovers (its queue drains)
                awaitOverflowsAbove(dropped);
                port.drain();
                assertThat(result.get()).containsExactly(port.port());
            }
            assertThat(port.acceptAfterDrain()).as("the retry's connection arrived at the peer").isTrue();
        }
    }

    @Test
    void withoutRetriesTheSameDroppedSynLeavesThePortFiltered() throws Exception {
        assumeTrue(listenOverflows() >= 0, "the kernel does not report TcpExt ListenOverflows");
        try (FullQueueListener port = new FullQueueListener(HOSTS[1])) {
            TcpSweep sweep = new TcpSweep(new RateLimiter(0), new HostSlots(2),
                    new TcpSweep.Options(Duration.ofMillis(400), 0));
            long dropped = listenOverflows();
            try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
                Future<PortState> result = ex.submit(() -> sweep.probe(port.address(), port.port()));
                awaitOverflowsAbove(dropped);
                port.drain(); // too late: the kernel would resend the SYN after 1 s, the connect gave up at 400 ms
                assertThat(result.get()).isEqualTo(PortState.FILTERED);
            }
        }
    }

    @Test
    void aPortThatNeverAnswersGetsExactlyOneAttemptPerRetryThenCountsAsFiltered() throws Exception {
        assumeTrue(listenOverflows() >= 0, "the kernel does not report TcpExt ListenOverflows");
        try (FullQueueListener port = new FullQueueListener(HOSTS[2])) {
            TcpSweep sweep = new TcpSweep(new RateLimiter(0), new HostSlots(2),
                    new TcpSweep.Options(Duration.ofMillis(300), 2));
            long before = listenOverflows();
            long started = System.nanoTime();
            assertThat(sweep.openPorts(port.address(), List.of(port.port()))).isEmpty();
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            // three SYNs reached the port (the first try and two retries), each waited its full timeout
            assertThat(listenOverflows() - before).isEqualTo(3);
            assertThat(tookMillis).isGreaterThanOrEqualTo(3 * 300 - 20);
        }
    }

    /**
     * A listener whose accept queue is full (backlog 1, filled by connections nobody accepts): the kernel drops
     * every further SYN without an answer, as a swamped device does, until {@link #drain()} accepts the fillers.
     */
    private static final class FullQueueListener implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> fillers = new ArrayList<>();

        FullQueueListener(String host) throws IOException {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getByName(host), 0), 1);
            while (true) {
                Socket s = new Socket();
                try {
                    s.connect(server.getLocalSocketAddress(), 300);
                    fillers.add(s);
                } catch (SocketTimeoutException full) {
                    s.close();
                    break;
                }
                if (fillers.size() > 16) {
                    throw new IllegalStateException("the listen queue never filled up");
                }
            }
        }

        InetAddress address() {
            return server.getInetAddress();
        }

        int port() {
            return server.getLocalPort();
        }

        /** Accepts and closes the queued fillers: the queue has room again. */
        void drain() throws IOException {
            server.setSoTimeout(2_000);
            for (int i = 0; i < fillers.size(); i++) {
                server.accept().close();
            }
            for (Socket s : fillers) {
                s.close();
            }
        }

        /** Whether one more connection (the sweep's) is waiting after the drain. */
        boolean acceptAfterDrain() throws IOException {
            server.setSoTimeout(2_000);
            try (Socket s = server.accept()) {
                return true;
            } catch (SocketTimeoutException none) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            for (Socket s : fillers) {
                s.close();
            }
            server.close();
        }
    }

    /** TcpExt ListenOverflows of this network namespace, or -1 when the kernel does not report it. */
    static long listenOverflows() throws IOException {
        Path netstat = Path.of("/proc/net/netstat");
        if (!Files.isReadable(netstat)) {
            return -1;
        }
        List<String> lines = Files.readAllLines(netstat);
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String[] names = lines.get(i).split("\\s+");
            String[] values = lines.get(i + 1).split("\\s+");
            for (int k = 1; k < names.length && k < values.length; k++) {
                if (names[0].equals("TcpExt:") && names[k].equals("ListenOverflows")) {
                    return Long.parseLong(values[k]);
                }
            }
        }
        return -1;
    }

    private static void awaitOverflowsAbove(long before) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (listenOverflows() <= before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sweep's SYN never reached the full listener");
            }
            Thread.sleep(5);
        }
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        for (int i = 0; i < 200 && list.size() < size; i++) {
            Thread.sleep(10);
        }
    }

    private static int maxInWindow(List<Long> sorted, long windowNanos) {
        int max = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (sorted.get(end) - sorted.get(start) >= windowNanos) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }
}
