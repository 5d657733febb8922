package io.camwarden.probe.tls;

import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks a TLS server whether it still accepts SSL 3.0, TLS 1.0 or TLS 1.1: one connection per version, a
 * hand-built ClientHello offering only that version, and the server's first record read (a ServerHello of that
 * version means yes; an alert, a close or a higher version means no). The JDK has these versions disabled, so
 * its own TLS stack cannot ask. Nothing after the ServerHello is read and no handshake is completed.
 */
public final class LegacyTlsProbe {

    /** What one version got. */
    public record Result(TlsVersion offered, ServerAnswer answer) {
        public boolean accepted() {
            return answer.kind() == ServerAnswer.Kind.ACCEPTED && answer.version() == offered;
        }
    }

    public static final List<TlsVersion> OLD = List.of(TlsVersion.SSL_3_0, TlsVersion.TLS_1_0, TlsVersion.TLS_1_1);

    private final ProbeLimits limits;

    public LegacyTlsProbe(ProbeLimits limits) {
        this.limits = limits;
    }

    public List<Result> probe(Endpoint endpoint) throws IOException {
        List<Result> out = new ArrayList<>();
        for (TlsVersion v : OLD) {
            out.add(new Result(v, ask(endpoint, v)));
        }
        return out;
    }

    /**
     * Whether the server still accepts a weak cipher suite (RC4, DES, 3DES, export, NULL, anonymous): one TLS 1.2
     * ClientHello offering only those. The IANA name of the suite its ServerHello chose, or empty when it refused
     * them all (an alert or a close).
     */
    public Optional<String> weakCipher(Endpoint endpoint) throws IOException {
        ServerAnswer a = ask(endpoint, LegacyHello.clientHello(TlsVersion.TLS_1_2, WeakCipherSuites.codes()));
        if (a.kind() != ServerAnswer.Kind.ACCEPTED) {
            return Optional.empty();
        }
        // a server may only choose what was offered; one that names something else is reported as it is
        return Optional.of(a.cipherSuite() == null ? "a suite not read"
                : Optional.ofNullable(WeakCipherSuites.name(a.cipherSuite()))
                        .orElse(String.format("suite 0x%04X", a.cipherSuite())));
    }

    ServerAnswer ask(Endpoint endpoint, TlsVersion version) throws IOException {
        return ask(endpoint, LegacyHello.clientHello(version));
    }

    private ServerAnswer ask(Endpoint endpoint, byte[] clientHello) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(endpoint.socketAddress(), limits.connectTimeoutMillis());
            s.setSoTimeout(limits.readTimeoutMillis());
            s.getOutputStream().write(clientHello);
            s.getOutputStream().flush();
            return firstRecord(s.getInputStream());
        }
    }

    /** The first record's answer, from as much of it as came before the server closed or fell silent. */
    private static ServerAnswer firstRecord(InputStream in) throws IOException {
        byte[] buf = new byte[ServerAnswer.READ];
        int want = 5; // the header first: it says how long the record is
        int filled = 0;
        try {
            while (filled < want) {
                int r = in.read(buf, filled, want - filled);
                if (r < 0) {
                    break;
                }
                filled += r;
                if (filled == 5 && want == 5) {
                    int length = (buf[3] & 0xff) << 8 | buf[4] & 0xff;
                    // an alert: level and description; a handshake: up to the ServerHello's cipher suite
                    want = (buf[0] & 0xff) == 21 ? 7 : 5 + Math.min(length, ServerAnswer.READ - 5);
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException silentOrReset) {
            // what arrived (often nothing) is the answer
        }
        return ServerAnswer.parse(buf, filled);
    }
}
