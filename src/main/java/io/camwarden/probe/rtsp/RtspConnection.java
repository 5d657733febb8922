package io.camwarden.probe.rtsp;

import io.camwarden.probe.BoundedReader;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import java.io.IOException;
import java.io.OutputStream;
import io.camwarden.probe.http.InspectingTrustManager;
import java.net.Socket;
import javax.net.ssl.SSLSocket;

/**
 * One TCP connection to an RTSP server. Requests go one at a time; Digest answers must use the
 * connection that got the challenge, because servers such as GStreamer keep the nonce per connection.
 * Over TLS (RTSPS) any certificate is accepted: it is inspected, not trusted, like the HTTPS probe's.
 */
final class RtspConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final BoundedReader in;
    private final ProbeLimits limits;
    private int cseq;

    private RtspConnection(Socket socket, ProbeLimits limits) throws IOException {
        this.socket = socket;
        this.limits = limits;
        this.out = socket.getOutputStream();
        this.in = new BoundedReader(socket.getInputStream(), limits.exchangeTimeout());
    }

    static RtspConnection open(Endpoint endpoint, ProbeLimits limits, boolean tls) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(endpoint.socketAddress(), limits.connectTimeoutMillis());
            socket.setSoTimeout(limits.readTimeoutMillis());
            socket.setTcpNoDelay(true);
            if (tls) {
                SSLSocket secure = (SSLSocket) InspectingTrustManager.context().getSocketFactory()
                        .createSocket(socket, endpoint.host(), endpoint.port(), true);
                secure.setSoTimeout(limits.readTimeoutMillis());
                secure.startHandshake();
                socket = secure;
            }
            return new RtspConnection(socket, limits);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    RtspResponse send(String method, String uri, String authorization) throws IOException {
        out.write(new RtspRequest(method, uri, ++cseq, authorization).toBytes());
        out.flush();
        in.restartClock();
        return RtspResponseReader.read(in, limits);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a probe socket has no outcome worth reporting
        }
    }
}
