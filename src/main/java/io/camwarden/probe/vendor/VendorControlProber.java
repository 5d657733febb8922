package io.camwarden.probe.vendor;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ServiceProber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises the Hikvision (8000), Dahua (37777) and XiongMai (34567) control ports from their
 * handshake, without logging in. The protocol that owns the port is tried first, then the others
 * (installers move these ports), each on a fresh connection; a reply is read up to
 * {@link #MAX_REPLY_BYTES}, the read timeout and the exchange deadline.
 */
public final class VendorControlProber implements ServiceProber {

    static final int MAX_REPLY_BYTES = 4096;
    private static final Logger log = LoggerFactory.getLogger(VendorControlProber.class);
    private static final List<VendorControlProtocol> PROTOCOLS =
            List.of(new HikvisionControlPort(), new DahuaDvrip(), new XiongmaiDvrip());

    private final ProbeLimits limits;

    public VendorControlProber(ProbeLimits limits) {
        this.limits = limits;
    }

    @Override
    public Optional<Service> probe(Endpoint endpoint) {
        return recognize(endpoint).map(h -> new Service(endpoint.port(), ServiceProtocol.VENDOR_CONTROL,
                List.of(new Observation(ObservationKinds.VENDOR_CONTROL, h.vendor(), endpoint.port(),
                        ServiceProtocol.VENDOR_CONTROL))));
    }

    /** The vendor protocol this endpoint speaks, if any of the three. */
    public Optional<VendorHandshake> recognize(Endpoint endpoint) {
        List<VendorControlProtocol> order = new ArrayList<>(PROTOCOLS);
        order.sort((a, b) -> Boolean.compare(b.defaultPort() == endpoint.port(), a.defaultPort() == endpoint.port()));
        for (VendorControlProtocol protocol : order) {
            try {
                Optional<VendorHandshake> found = protocol.recognize(exchange(endpoint, protocol));
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                log.debug("{}: no {} reply: {}", endpoint, protocol.getClass().getSimpleName(), e.getMessage());
                if (e instanceof java.net.ConnectException) {
                    return Optional.empty(); // nothing listens; the other protocols would fail the same way
                }
            }
        }
        return Optional.empty();
    }

    private byte[] exchange(Endpoint endpoint, VendorControlProtocol protocol) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(endpoint.socketAddress(), limits.connectTimeoutMillis());
            socket.setSoTimeout(limits.readTimeoutMillis());
            socket.getOutputStream().write(protocol.request());
            socket.getOutputStream().flush();
            return readReply(socket.getInputStream(), protocol);
        }
    }

    /** Reads until the protocol has what it needs, the device stops or a bound is reached. */
    private byte[] readReply(InputStream in, VendorControlProtocol protocol) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + limits.exchangeTimeout().toNanos();
        byte[] chunk = new byte[1024];
        while (System.nanoTime() - deadline < 0) {
            int wanted = protocol.bytesWanted(reply.toByteArray(), MAX_REPLY_BYTES);
            if (reply.size() >= wanted) {
                break;
            }
            int n;
            try {
                n = in.read(chunk, 0, Math.min(chunk.length, wanted - reply.size()));
            } catch (SocketTimeoutException stalled) {
                break;
            }
            if (n < 0) {
                break;
            }
            reply.write(chunk, 0, n);
        }
        return reply.toByteArray();
    }
}
