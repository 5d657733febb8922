package io.camwarden.discovery;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * TCP connect sweep of one host's ports: a full handshake, then an immediate close, so no special
 * privileges are needed and nothing half-open is left on the camera. Every attempt passes the global
 * rate limit and takes one of the host's connection slots; timeouts are retried, refusals are not.
 */
public final class TcpSweep {

    /** How the sweep behaves. */
    public record Options(Duration connectTimeout, int retries) {
        public static final Options DEFAULTS = new Options(Duration.ofMillis(1500), 1);
    }

    private final RateLimiter rate;
    private final HostSlots slots;
    private final Options options;

    public TcpSweep(RateLimiter rate, HostSlots slots, Options options) {
        this.rate = rate;
        this.slots = slots;
        this.options = options;
    }

    /** The open ports of {@code host} among {@code ports}, in the order given. */
    public List<Integer> openPorts(InetAddress host, List<Integer> ports) throws InterruptedException {
        List<Integer> open = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PortState>> states = new ArrayList<>();
            for (int port : ports) {
                states.add(pool.submit(() -> probe(host, port)));
            }
            for (int i = 0; i < ports.size(); i++) {
                try {
                    if (states.get(i).get() == PortState.OPEN) {
                        open.add(ports.get(i));
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    // an unexpected failure on one port says nothing about the others
                }
            }
        }
        return open;
    }

    PortState probe(InetAddress host, int port) throws InterruptedException {
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            rate.acquire();
            try (HostSlots.Slot slot = slots.acquire(host); Socket s = new Socket()) {
                s.setSoLinger(true, 0);
                s.connect(new InetSocketAddress(host, port), (int) options.connectTimeout().toMillis());
                return PortState.OPEN;
            } catch (ConnectException | NoRouteToHostException e) {
                return e instanceof ConnectException && e.getMessage() != null
                        && e.getMessage().contains("refused") ? PortState.CLOSED : PortState.FILTERED;
            } catch (SocketTimeoutException e) {
                // silent: try again, then call it filtered
            } catch (IOException e) {
                return PortState.FILTERED;
            }
        }
        return PortState.FILTERED;
    }
}
