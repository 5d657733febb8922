package io.camwarden.probe.ssdp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Asks one host over unicast UDP whether it speaks UPnP (SSDP M-SEARCH to port 1900), the way a router or a
 * phone app would find it. Answers are read on an unconnected socket (a device may answer from another
 * port), only from the asked host, at most 8 KiB each and at most 16 of them.
 */
public final class SsdpClient {

    public static final int PORT = 1900;
    private static final int MAX_ANSWER = 8 * 1024;
    private static final int MAX_ANSWERS = 16;

    /** One SSDP answer's headers (upper-case names). */
    public record Answer(Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toUpperCase(Locale.ROOT));
        }
    }

    private SsdpClient() {
    }

    public static List<Answer> search(InetAddress host, Duration wait) {
        String request = "M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\n"
                + "ST: ssdp:all\r\nUSER-AGENT: CamWarden\r\n\r\n";
        List<Answer> answers = new ArrayList<>();
        try (DatagramSocket socket = new DatagramSocket()) {
            byte[] out = request.getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(out, out.length, new InetSocketAddress(host, PORT)));
            long deadline = System.nanoTime() + wait.toNanos();
            byte[] buf = new byte[MAX_ANSWER];
            while (answers.size() < MAX_ANSWERS) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) left);
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    socket.receive(p);
                } catch (SocketTimeoutException e) {
                    break;
                }
                if (p.getAddress().equals(host)) {
                    parse(new String(p.getData(), 0, p.getLength(), StandardCharsets.ISO_8859_1)).ifPresent(answers::add);
                }
            }
        } catch (IOException e) {
            // an ICMP port-unreachable or no route: no UPnP there
        }
        return answers;
    }

    static java.util.Optional<Answer> parse(String text) {
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 200") && !lines[0].startsWith("NOTIFY")) {
            return java.util.Optional.empty();
        }
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 1; i < lines.length && i < 64; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                h.putIfAbsent(lines[i].substring(0, colon).strip().toUpperCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        return java.util.Optional.of(new Answer(h));
    }
}
