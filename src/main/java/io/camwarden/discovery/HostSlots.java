package io.camwarden.discovery;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Caps concurrent connections per host (cameras are fragile: many embedded web servers fall over at a
 * handful of parallel connections). Every connection of a scan, sweep or probe, takes a slot.
 */
public final class HostSlots {

    /** A held slot; close to give it back. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final int perHost;
    private final ConcurrentHashMap<InetAddress, Semaphore> slots = new ConcurrentHashMap<>();

    public HostSlots(int perHost) {
        if (perHost < 1) {
            throw new IllegalArgumentException("connections per host must be at least 1");
        }
        this.perHost = perHost;
    }

    public Slot acquire(InetAddress host) throws InterruptedException {
        Semaphore s = slots.computeIfAbsent(host, h -> new Semaphore(perHost, true));
        s.acquire();
        return s::release;
    }

    /** Forget a host whose work is finished, so memory stays flat over large scans. */
    public void release(InetAddress host) {
        slots.remove(host);
    }

    public int perHost() {
        return perHost;
    }
}
