package io.camwarden.discovery;

import java.util.concurrent.locks.LockSupport;

/**
 * At most N connection attempts per second across the whole scan, spaced evenly (no bursts): a city
 * network and its cameras see a steady trickle, never a flood. Callers on virtual threads just park.
 */
public final class RateLimiter {

    private final long intervalNanos;
    private long nextFree;

    /** {@code perSecond} ≤ 0 means unlimited. */
    public RateLimiter(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
        this.nextFree = System.nanoTime();
    }

    public void acquire() {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextFree);
            nextFree = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
