package io.camwarden.discovery;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Finds ONVIF devices with WS-Discovery, both ways the field needs: a multicast Probe on the local segment, and a
 * unicast Probe to every host a sweep found, because multicast does not cross the routed networks of a city.
 *
 * <p>Replies are read on an unconnected socket: devices answer from another source port (and sometimes another
 * address) than the one probed, so they are matched to our probes by their RelatesTo, never by source.
 */
public final class WsDiscoveryClient {

    public static final int PORT = 3702;
    public static final String MULTICAST_V4 = "239.255.255.250";
    /** A run stops collecting after this many distinct devices; memory stays bounded whatever answers. */
    static final int MAX_MATCHES = 65_536;
    /** ... or after keeping matches from this many datagram bytes, whichever comes first. */
    static final long MAX_KEPT_BYTES = 32L << 20;
    private static final int MAX_PROBLEMS = 10;

    /**
     * How to probe.
     *
     * @param bindAddress local address to send from and receive on; null for any
     * @param listen      how long to listen after the last probe was sent
     * @param sendGap     pause between datagrams, so thousands of unicast probes do not burst
     * @param types       one Probe per type and target
     */
    public record Options(InetAddress bindAddress, Duration listen, Duration sendGap, List<WsDiscoveryProbeType> types) {

        public Options {
            types = List.copyOf(types);
            if (types.isEmpty()) {
                throw new IllegalArgumentException("give at least one probe type");
            }
        }

        /** Probes for cameras and for devices (NVRs), waits 3 s, 1 ms between datagrams. */
        public static Options defaults() {
            return new Options(null, Duration.ofSeconds(3), Duration.ofMillis(1),
                    List.of(WsDiscoveryProbeType.NETWORK_VIDEO_TRANSMITTER, WsDiscoveryProbeType.DEVICE));
        }

        public Options withBindAddress(InetAddress address) {
            return new Options(address, listen, sendGap, types);
        }

        public Options withListen(Duration newWait) {
            return new Options(bindAddress, newWait, sendGap, types);
        }
    }

    private final Options options;
    private final Supplier<String> messageIds;

    public WsDiscoveryClient(Options options) {
        this(options, () -> "urn:uuid:" + UUID.randomUUID());
    }

    /** With chosen message ids: tests use ids a peer reacts to. */
    WsDiscoveryClient(Options options, Supplier<String> messageIds) {
        this.options = options;
        this.messageIds = messageIds;
    }

    /** Unicast Probes to port 3702 of each host. */
    public WsDiscoveryRun probeHosts(Collection<InetAddress> hosts) {
        List<InetSocketAddress> targets = new ArrayList<>(hosts.size());
        for (InetAddress h : hosts) {
            targets.add(new InetSocketAddress(h, PORT));
        }
        return probe(targets);
    }

    /** Unicast Probes to the given addresses and ports. */
    public WsDiscoveryRun probe(Collection<InetSocketAddress> targets) {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(options.bindAddress(), 0))) {
            return run(socket, targets);
        } catch (SocketException e) {
            return failed("cannot open a UDP socket on " + bindName() + ": " + e.getMessage()
                    + "; check the bind address");
        }
    }

    /**
     * A multicast Probe to 239.255.255.250:3702 with TTL 1 (this segment only), sent on {@code nif} or, when
     * null, on the interface the routing table picks for the group.
     */
    public WsDiscoveryRun probeMulticast(NetworkInterface nif) {
        try (MulticastSocket socket = new MulticastSocket(new InetSocketAddress(options.bindAddress(), 0))) {
            socket.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 1);
            if (nif != null) {
                socket.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
            }
            return run(socket, List.of(new InetSocketAddress(InetAddress.getByName(MULTICAST_V4), PORT)));
        } catch (IOException e) {
            return failed("cannot open a multicast socket on " + bindName() + ": " + e.getMessage()
                    + "; multicast needs an interface with a route to 224.0.0.0/4");
        }
    }

    private String bindName() {
        return options.bindAddress() == null ? "any address" : options.bindAddress().getHostAddress();
    }

    private static WsDiscoveryRun failed(String problem) {
        return new WsDiscoveryRun(List.of(), 0, 0, 0, List.of(problem));
    }

    private WsDiscoveryRun run(DatagramSocket socket, Collection<InetSocketAddress> targets) {
        Set<String> ourIds = ConcurrentHashMap.newKeySet();
        Collector collector = new Collector(ourIds);
        try {
            socket.setReceiveBufferSize(1 << 20);
            socket.setSoTimeout(100);
        } catch (SocketException e) {
            return failed("cannot configure the UDP socket: " + e.getMessage());
        }
        Thread receiver = Thread.ofVirtual().name("ws-discovery-receiver").start(() -> collector.receive(socket));
        int sent = 0;
        for (InetSocketAddress target : targets) {
            for (WsDiscoveryProbeType type : options.types()) {
                String id = messageIds.get();
                ourIds.add(id);
                byte[] probe = WsDiscoveryMessages.probe(id, type);
                try {
                    socket.send(new DatagramPacket(probe, probe.length, target));
                    sent++;
                } catch (IOException e) {
                    collector.problem("probe to " + target + " not sent: " + e.getMessage());
                }
                pause(options.sendGap());
            }
        }
        collector.stopAt(System.nanoTime() + options.listen().toNanos());
        try {
            receiver.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return collector.result(sent);
    }

    private static void pause(Duration gap) {
        if (!gap.isZero()) {
            try {
                Thread.sleep(gap);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Receives and sorts datagrams until the deadline; runs on its own thread while probes go out. */
    private static final class Collector {
        private final Set<String> ourIds;
        private final Map<String, WsDiscoveryMatch> matches = Collections.synchronizedMap(new LinkedHashMap<>());
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger unrelated = new AtomicInteger();
        private final AtomicInteger rejected = new AtomicInteger();
        private long keptBytes;
        private volatile long stopAt = Long.MAX_VALUE;

        Collector(Set<String> ourIds) {
            this.ourIds = ourIds;
        }

        void stopAt(long nanoTime) {
            stopAt = nanoTime;
        }

        void receive(DatagramSocket socket) {
            byte[] buf = new byte[WsDiscoveryReply.MAX_BYTES + 1];
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            while (System.nanoTime() - stopAt < 0 && !Thread.currentThread().isInterrupted()) {
                packet.setLength(buf.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    continue;
                } catch (IOException e) {
                    problem("receiving stopped: " + e.getMessage());
                    return;
                }
                accept(buf, packet.getLength(), (InetSocketAddress) packet.getSocketAddress());
            }
        }

        private void accept(byte[] buf, int length, InetSocketAddress from) {
            WsDiscoveryReply reply;
            try {
                reply = WsDiscoveryReply.parse(buf, length, from);
            } catch (SafeXml.Rejected e) {
                rejected.incrementAndGet();
                problem("reply from " + from + " ignored: " + e.getMessage());
                return;
            }
            if (reply.relatesTo() == null || !ourIds.contains(reply.relatesTo())) {
                unrelated.incrementAndGet();
                return;
            }
            synchronized (matches) {
                if (matches.size() >= MAX_MATCHES || keptBytes + length > MAX_KEPT_BYTES) {
                    problem("more answers than one run keeps (" + matches.size() + " devices): the rest were ignored");
                    return;
                }
                keptBytes += length;
                for (WsDiscoveryMatch m : reply.matches()) {
                    // The same device answers each probe type, and some answer twice: one entry per device and address.
                    matches.putIfAbsent(from.getAddress().getHostAddress() + " " + m.endpoint() + " " + m.xaddrs(), m);
                }
            }
        }

        void problem(String p) {
            synchronized (problems) {
                if (problems.size() < MAX_PROBLEMS && !problems.contains(p)) {
                    problems.add(p);
                }
            }
        }

        WsDiscoveryRun result(int sent) {
            synchronized (matches) {
                return new WsDiscoveryRun(new ArrayList<>(matches.values()), sent, unrelated.get(), rejected.get(),
                        problems);
            }
        }
    }
}
