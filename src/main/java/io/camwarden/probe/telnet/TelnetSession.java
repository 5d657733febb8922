package io.camwarden.probe.telnet;

import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.net.telnet.EchoOptionHandler;
import org.apache.commons.net.telnet.InvalidTelnetOptionException;
import org.apache.commons.net.telnet.SuppressGAOptionHandler;
import org.apache.commons.net.telnet.TelnetClient;
import org.apache.commons.net.telnet.TelnetCommand;
import org.apache.commons.net.telnet.TelnetNotificationHandler;
import org.apache.commons.net.telnet.TelnetOption;
import org.apache.commons.net.telnet.TerminalTypeOptionHandler;

/**
 * One telnet connection (commons-net TelnetClient, no reader thread): option negotiation as an
 * ordinary VT100 client would answer it (terminal type, server echo, suppress go-ahead; every other
 * option refused), and reads that stop at a prompt, at a quiet period, at the size limit or at the
 * deadline, whichever comes first.
 */
final class TelnetSession implements AutoCloseable {

    static final int MAX_NEGOTIATIONS_KEPT = 64;

    private final TelnetClient telnet;
    private final ProbeLimits limits;
    private final Duration quiet;
    private final List<String> negotiation = Collections.synchronizedList(new ArrayList<>());

    private TelnetSession(TelnetClient telnet, ProbeLimits limits) {
        this.telnet = telnet;
        this.limits = limits;
        this.quiet = limits.readTimeout().compareTo(Duration.ofMillis(1500)) < 0 ? limits.readTimeout()
                : Duration.ofMillis(1500);
    }

    static TelnetSession open(Endpoint endpoint, ProbeLimits limits) throws IOException {
        TelnetClient telnet = new TelnetClient("VT100");
        telnet.setReaderThread(false);
        telnet.setConnectTimeout(limits.connectTimeoutMillis());
        TelnetSession session = new TelnetSession(telnet, limits);
        try {
            telnet.addOptionHandler(new TerminalTypeOptionHandler("VT100", false, false, true, false));
            telnet.addOptionHandler(new EchoOptionHandler(false, false, false, true));
            telnet.addOptionHandler(new SuppressGAOptionHandler(true, true, true, true));
        } catch (InvalidTelnetOptionException e) {
            throw new IllegalStateException("built-in telnet options are valid", e);
        }
        telnet.registerNotifHandler(session.recorder());
        telnet.connect(endpoint.host(), endpoint.port());
        telnet.setSoTimeout(limits.readTimeoutMillis());
        return session;
    }

    /** The options the server negotiated, in order, e.g. "DO TERMINAL TYPE", "WILL ECHO". */
    List<String> negotiation() {
        synchronized (negotiation) {
            return List.copyOf(negotiation);
        }
    }

    /**
     * Reads until the text ends with {@code stop}, the device is quiet for a moment after it said
     * something, the stream ends, {@code maxBodyBytes} arrived or the exchange deadline passed.
     */
    Text readUntil(Pattern stop) throws IOException {
        InputStream in = telnet.getInputStream();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + limits.exchangeTimeout().toNanos();
        byte[] chunk = new byte[1024];
        boolean ended = false;
        String text = "";
        while (raw.size() < limits.maxBodyBytes() && System.nanoTime() - deadline < 0) {
            telnet.setSoTimeout(raw.size() == 0 ? limits.readTimeoutMillis() : Math.toIntExact(quiet.toMillis()));
            int n;
            try {
                n = in.read(chunk, 0, Math.min(chunk.length, limits.maxBodyBytes() - raw.size()));
            } catch (SocketTimeoutException quietNow) {
                break;
            }
            if (n < 0) {
                ended = true;
                break;
            }
            raw.write(chunk, 0, n);
            text = TelnetText.clean(raw.toByteArray(), raw.size());
            if (stop != null && TelnetPrompts.endsWith(stop, text)) {
                break;
            }
        }
        return new Text(text, ended);
    }

    void sendLine(String line) throws IOException {
        OutputStream out = telnet.getOutputStream();
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private TelnetNotificationHandler recorder() {
        return (type, option) -> {
            if (negotiation.size() < MAX_NEGOTIATIONS_KEPT) {
                negotiation.add(describe(type, option));
            }
        };
    }

    private static String describe(int type, int option) {
        String verb = switch (type) {
            case TelnetNotificationHandler.RECEIVED_DO -> "DO";
            case TelnetNotificationHandler.RECEIVED_DONT -> "DONT";
            case TelnetNotificationHandler.RECEIVED_WILL -> "WILL";
            case TelnetNotificationHandler.RECEIVED_WONT -> "WONT";
            default -> "COMMAND";
        };
        if (type == TelnetNotificationHandler.RECEIVED_COMMAND) {
            return verb + " " + (TelnetCommand.isValidCommand(option) ? TelnetCommand.getCommand(option) : option);
        }
        return verb + " " + (TelnetOption.isValidOption(option) ? TelnetOption.getOption(option) : option);
    }

    @Override
    public void close() {
        try {
            telnet.disconnect();
        } catch (IOException ignored) {
            // the session is over either way
        }
    }

    /** What the device printed, and whether it closed the connection afterwards. */
    record Text(String text, boolean ended) {
    }
}
