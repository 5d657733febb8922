package io.camwarden.scan;

import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Guesses what speaks on a port that has no usual protocol, with one short conversation: an RTSP OPTIONS
 * request, then the first bytes of the answer. An RTSP server answers "RTSP/1.0", a web server "HTTP/1.x"
 * (mostly 400), a telnet server opens with option negotiation (IAC, 0xFF) whatever was sent, a vendor control
 * port with a binary header. Everything else, including silence, leaves the usual order (HTTP, then RTSP, then
 * telnet).
 */
final class ProtocolSniffer {

    private static final int READ = 16;

    private ProtocolSniffer() {
    }

    static List<ServiceProtocol> order(Endpoint endpoint, Duration connectTimeout, Duration readTimeout) {
        byte[] first = firstBytes(endpoint, connectTimeout, readTimeout);
        if (first.length > 0 && (first[0] & 0xff) == 0xff) {
            return List.of(ServiceProtocol.TELNET);
        }
        String head = new String(first, StandardCharsets.ISO_8859_1);
        if (head.startsWith("RTSP/")) {
            return List.of(ServiceProtocol.RTSP);
        }
        if (head.startsWith("HTTP/")) {
            return List.of(ServiceProtocol.HTTP);
        }
        if (first.length > 0 && binary(first)) {
            // a binary answer to a text request: how the vendor control protocols (Hikvision SDK, Dahua and XiongMai
            // DVRIP) greet what they cannot parse, wherever the installer moved their port
            return List.of(ServiceProtocol.VENDOR_CONTROL, ServiceProtocol.TELNET, ServiceProtocol.HTTP);
        }
        if (first.length > 0) {
            // it talks, but neither RTSP nor HTTP: a banner (telnet without negotiation, FTP, ...)
            return List.of(ServiceProtocol.TELNET, ServiceProtocol.HTTP);
        }
        return List.of(ServiceProtocol.HTTP, ServiceProtocol.RTSP, ServiceProtocol.TELNET);
    }

    /** Control bytes other than tab, CR, LF: not a text banner. */
    static boolean binary(byte[] b) {
        for (byte x : b) {
            int c = x & 0xff;
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    static byte[] firstBytes(Endpoint endpoint, Duration connectTimeout, Duration readTimeout) {
        try (Socket s = new Socket()) {
            s.connect(endpoint.socketAddress(), (int) connectTimeout.toMillis());
            s.setSoTimeout((int) readTimeout.toMillis());
            s.getOutputStream().write(("OPTIONS rtsp://" + endpoint.authority() + "/ RTSP/1.0\r\nCSeq: 1\r\n"
                    + "User-Agent: CamWarden\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            byte[] buf = new byte[READ];
            int n = 0;
            try {
                while (n < 5) {
                    int r = in.read(buf, n, READ - n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
            } catch (SocketTimeoutException e) {
                // silence after the request: classify what arrived, if anything
            }
            return java.util.Arrays.copyOf(buf, n);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
