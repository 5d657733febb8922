package io.camwarden.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap still in use right after a full (major) garbage collection: what the work really keeps
 * alive, unlike "peak used", which mostly shows how long the collector waited. Zero when no full
 * collection happened during the measurement (then the work never needed one).
 */
final class LiveHeap {

    private final AtomicLong max = new AtomicLong();

    LiveHeap() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    if (!info.getGcAction().contains("major")) {
                        return; // after a minor collection the old generation still holds garbage
                    }
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(u -> u.getUsed()).sum();
                    max.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
    }

    void reset() {
        max.set(0);
    }

    long max() {
        return max.get();
    }
}
