package io.camwarden.probe.tls;

import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

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

    ServerAnswer ask(Endpoint endpoint, TlsVersion version) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(endpoint.socketAddress(), limits.connectTimeoutMillis());
            s.setSoTimeout(limits.readTimeoutMillis());
            s.getOutputStream().write(LegacyHello.clientHello(version));
            s.getOutputStream().flush();
            return firstRecord(s.getInputStream());
        }
    }

    /** The first record's answer, from as much of it as came before the server closed or fell silent. */
    private static ServerAnswer firstRecord(InputStream in) throws IOException {
        byte[] buf = new byte[16];
        int want = 5 + 6; // header, and the ServerHello's type, length and version
        int filled = 0;
        try {
            while (filled < want) {
                int r = in.read(buf, filled, want - filled);
                if (r < 0) {
                    break;
                }
                filled += r;
                if (filled >= 1 && (buf[0] & 0xff) == 21) {
                    want = 7; // an alert: level and description
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException silentOrReset) {
            // what arrived (often nothing) is the answer
        }
        return ServerAnswer.parse(buf, filled);
    }
}
