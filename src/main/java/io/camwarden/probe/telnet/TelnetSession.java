package io.camwarden.probe.telnet;

import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One telnet connection: {@link TelnetNegotiation} answers options, and every read stops at a
 * prompt, at a quiet period after the device said something, at {@code maxBodyBytes} of raw bytes
 * (negotiation included: an endless subnegotiation is bounded too), or at the exchange deadline.
 */
final class TelnetSession implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ProbeLimits limits;
    private final Duration quiet;
    private final TelnetNegotiation negotiation = new TelnetNegotiation();

    private TelnetSession(Socket socket, ProbeLimits limits) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.limits = limits;
        this.quiet = limits.readTimeout().compareTo(Duration.ofMillis(1500)) < 0 ? limits.readTimeout()
                : Duration.ofMillis(1500);
    }

    static TelnetSession open(Endpoint endpoint, ProbeLimits limits) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(endpoint.socketAddress(), limits.connectTimeoutMillis());
            socket.setTcpNoDelay(true);
            return new TelnetSession(socket, limits);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The options the server negotiated, in order, e.g. "DO TERMINAL TYPE", "WILL ECHO". */
    List<String> negotiation() {
        return negotiation.recorded();
    }

    /**
     * Reads until the text ends with {@code stop}, the device is quiet for a moment after it said
     * something, the stream ends, the raw byte limit is reached or the exchange deadline passes.
     */
    Text readUntil(Pattern stop) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + limits.exchangeTimeout().toNanos();
        byte[] chunk = new byte[1024];
        int raw = 0;
        boolean ended = false;
        String cleaned = "";
        while (raw < limits.maxBodyBytes() && System.nanoTime() - deadline < 0) {
            socket.setSoTimeout(text.size() == 0 ? limits.readTimeoutMillis() : Math.toIntExact(quiet.toMillis()));
            int n;
            try {
                n = in.read(chunk, 0, Math.min(chunk.length, limits.maxBodyBytes() - raw));
            } catch (SocketTimeoutException quietNow) {
                break;
            }
            if (n < 0) {
                ended = true;
                break;
            }
            raw += n;
            text.writeBytes(negotiation.feed(chunk, 0, n));
            byte[] replies = negotiation.takeReplies();
            if (replies.length > 0) {
                send(replies);
            }
            cleaned = TelnetText.clean(text.toByteArray(), text.size());
            if (stop != null && TelnetPrompts.endsWith(stop, cleaned)) {
                break;
            }
        }
        return new Text(cleaned, ended);
    }

    void sendLine(String line) throws IOException {
        send(TelnetNegotiation.line(line));
    }

    private void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the session is over either way
        }
    }

    /** What the device printed, and whether it closed the connection afterwards. */
    record Text(String text, boolean ended) {
    }
}
