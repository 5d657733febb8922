package io.camwarden.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP peer on this developer's loopback range (127.0.1.50) that plays a script per connection:
 * the misbehaving device a unit test needs (garbage, stalls, early close, endless answers, replayed
 * handshakes). Requests it read are kept for assertions.
 */
public final class ScriptedPeer implements AutoCloseable {

    public static final String ADDRESS = "127.0.1.50";

    /** What the peer does with one accepted connection. */
    @FunctionalInterface
    public interface Script {
        void serve(Socket socket, ScriptedPeer peer) throws Exception;
    }

    private final ServerSocket server;
    private final Script script;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    private ScriptedPeer(int port, Script script) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getByName(ADDRESS));
        this.script = script;
        this.acceptor = Thread.ofVirtual().start(this::acceptLoop);
    }

    public static ScriptedPeer start(Script script) throws IOException {
        return new ScriptedPeer(0, script);
    }

    /** A peer on a given port, for behaviour that depends on the port number. */
    public static ScriptedPeer startOn(int port, Script script) throws IOException {
        return new ScriptedPeer(port, script);
    }

    public Endpoint endpoint() {
        return new Endpoint(ADDRESS, server.getLocalPort());
    }

    /** Requests read with {@link #readRequest}, in order, as ISO-8859-1 text. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> {
                    try (socket) {
                        script.serve(socket, this);
                    } catch (Exception ignored) {
                        // the client went away or the test ended; a misbehaving peer needs no cleanup
                    }
                });
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Reads one request up to and including the blank line (at most 64 KiB) and records it. */
    public String readRequest(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4 && seen.size() < 64 * 1024) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            seen.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        String request = seen.toString(StandardCharsets.ISO_8859_1);
        requests.add(request);
        return request;
    }

    public static void write(Socket socket, String text) throws IOException {
        write(socket, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static void write(Socket socket, byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** Holds the connection open without sending anything, until the client gives up. */
    public static void stall(Socket socket) throws IOException {
        socket.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    }

    /** Writes the same bytes forever (until the client closes). */
    public static void endless(Socket socket, byte[] unit) throws IOException {
        while (true) {
            socket.getOutputStream().write(unit);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
