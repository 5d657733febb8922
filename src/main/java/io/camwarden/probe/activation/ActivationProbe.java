package io.camwarden.probe.activation;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Asks one host, by unicast UDP, the two vendor discovery questions at once: SADP to udp/37020 and DHIP to
 * udp/37810, from one unconnected socket (devices may answer from another port). Only answers from the asked
 * host count, at most {@link #MAX_REPLIES}. Devices that answer SADP only by multicast are not seen this way:
 * that needs a sensor on their segment.
 */
public final class ActivationProbe {

    static final int MAX_REPLIES = 8;

    private ActivationProbe() {
    }

    public static List<ActivationReply> ask(InetAddress host, Duration wait) {
        return ask(host, SadpMessages.PORT, DhipMessages.PORT, wait);
    }

    /** With other ports, for test devices that cannot bind the registered ones. */
    public static List<ActivationReply> ask(InetAddress host, int sadpPort, int dhipPort, Duration wait) {
        List<ActivationReply> replies = new ArrayList<>();
        try (DatagramSocket socket = new DatagramSocket()) {
            byte[] sadp = SadpMessages.inquiry(UUID.randomUUID());
            byte[] dhip = DhipMessages.search();
            socket.send(new DatagramPacket(sadp, sadp.length, new InetSocketAddress(host, sadpPort)));
            socket.send(new DatagramPacket(dhip, dhip.length, new InetSocketAddress(host, dhipPort)));
            long deadline = System.nanoTime() + wait.toNanos();
            byte[] buf = new byte[DhipMessages.MAX_REPLY + 1];
            while (replies.size() < MAX_REPLIES) {
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
                if (!p.getAddress().equals(host)) {
                    continue;
                }
                Optional<ActivationReply> r = DhipMessages.parse(p.getData(), p.getLength());
                if (r.isEmpty()) {
                    r = SadpMessages.parse(p.getData(), p.getLength());
                }
                r.ifPresent(replies::add);
            }
        } catch (IOException e) {
            // port unreachable or no route: neither protocol there
        }
        return replies;
    }
}
