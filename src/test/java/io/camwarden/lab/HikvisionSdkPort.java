package io.camwarden.lab;

import io.camwarden.probe.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Hikvision SDK ("server") port for the NET-05 tests, written here because the lab has no vendor control
 * peer: it answers whatever request it cannot parse with the 16-byte error header that nmap's service probes
 * document for Hikvision IP cameras ({@code match ipcam m|^\0\0\0\x10\0\0\0\x1e\0\0\0\x1e\0\0\0\0$|
 * p/Hikvision IPCam control port/}, nmap-service-probes 7.93), then closes, as the cameras do.
 */
public final class HikvisionSdkPort implements AutoCloseable {

    static final byte[] ERROR_HEADER = HexFormat.of().parseHex("000000100000001e0000001e00000000");

    private final ServerSocket server;
    private final AtomicInteger handshakes = new AtomicInteger();

    public HikvisionSdkPort(String address) throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
        Thread.ofPlatform().daemon().name("hik-sdk-" + address).start(this::acceptLoop);
    }

    public Endpoint endpoint() {
        return new Endpoint(server.getInetAddress().getHostAddress(), server.getLocalPort());
    }

    /** Connections that sent something and got the error header. */
    public int handshakes() {
        return handshakes.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread.ofPlatform().daemon().start(() -> answer(s));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket s) {
        try (s) {
            s.setSoTimeout(3_000);
            InputStream in = s.getInputStream();
            if (in.read(new byte[512]) > 0) {
                s.getOutputStream().write(ERROR_HEADER);
                s.getOutputStream().flush();
                handshakes.incrementAndGet();
            }
        } catch (IOException ignored) {
            // the scanner went away (a TCP sweep closes at once)
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
