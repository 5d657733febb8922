package io.camwarden.lab;

import io.camwarden.probe.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of a lab device that counts, on the device's side of the wire, every login attempt a
 * client sends: an HTTP or RTSP request carrying an {@code Authorization} header, or a SOAP message carrying a
 * WS-Security {@code UsernameToken}. Each is recorded with the time it passed, so tests assert budgets and
 * pace from what the device received, not from the client's own counters. Bytes are forwarded unchanged both
 * ways; the proxy listens on its own loopback address, so to the client it is the device.
 */
public final class CountingProxy implements AutoCloseable {

    /** One login attempt as it passed the proxy: when (System.nanoTime) and the header or token seen. */
    public record Attempt(long nanos, String what) {
    }

    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?im)^(Authorization:[^\\r\\n]{0,40})|<(?:[A-Za-z0-9_]+:)?UsernameToken[\\s>/]");
    /** Bytes kept from the previous chunk, so a header split across TCP segments is still seen once. */
    private static final int OVERLAP = 64;

    private final ServerSocket server;
    private final InetSocketAddress backend;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private CountingProxy(ServerSocket server, InetSocketAddress backend) {
        this.server = server;
        this.backend = backend;
        Thread.ofPlatform().daemon().name("counting-proxy-" + server.getLocalPort()).start(this::acceptLoop);
    }

    /** Listens on {@code address} (a free port) and forwards to {@code backendHost:backendPort}. */
    public static CountingProxy start(String address, String backendHost, int backendPort) throws IOException {
        return startOn(address, 0, backendHost, backendPort);
    }

    public static CountingProxy startOn(String address, int port, String backendHost, int backendPort)
            throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getByName(address), port), 50);
        return new CountingProxy(s, new InetSocketAddress(backendHost, backendPort));
    }

    public Endpoint endpoint() {
        return new Endpoint(server.getInetAddress().getHostAddress(), server.getLocalPort());
    }

    /** Login attempts seen so far, in the order they passed. */
    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                Socket device = new Socket();
                try {
                    device.connect(backend, 5_000);
                } catch (IOException e) {
                    client.close();
                    device.close();
                    continue;
                }
                open.add(client);
                open.add(device);
                Thread.ofPlatform().daemon().start(() -> pump(client, device, true));
                Thread.ofPlatform().daemon().start(() -> pump(device, client, false));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean countRequests) {
        byte[] buf = new byte[16 * 1024];
        String carry = "";
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buf)) > 0; ) {
                if (countRequests) {
                    carry = count(carry, new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // either side went away: close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** Records the credentials in {@code chunk} (not already seen in {@code carry}); returns the new carry. */
    private String count(String carry, String chunk) {
        String text = carry + chunk;
        Matcher m = CREDENTIAL.matcher(text);
        long now = System.nanoTime();
        int searchFrom = carry.length() == 0 ? 0 : Math.max(0, carry.length() - OVERLAP);
        int consumed = 0;
        while (m.find(searchFrom)) {
            if (m.end() > carry.length()) { // a match that ends in the new chunk was not counted before
                attempts.add(new Attempt(now, m.group().strip()));
            }
            consumed = m.end();
            searchFrom = m.end();
        }
        int keepFrom = Math.max(consumed, text.length() - OVERLAP);
        return text.substring(keepFrom);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            closeQuietly(s);
        }
    }
}
