package io.camwarden.vuln.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import io.camwarden.server.PollingLoop;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one background worker (a virtual thread, in the server only) that keeps device vulnerability lists
 * current: it compiles the vulnerability data when it changed, then drains the {@link RematchQueue} in
 * batches. Waking it is cheap; it also looks by itself every {@code poll-seconds}, which picks up requests and
 * data written by another process (a {@code camwarden bundle import} into the same database).
 *
 * <p>A bundle import holds the worker back while its transaction is open ({@link #dataChanging}): the
 * requests it queued become visible on commit, and they must be matched with the new data, never with the
 * index compiled before it. A batch matched while the data changed underneath is matched again, not marked
 * done.
 */
@Component
public class RematchWorker {

    private static final Logger log = LoggerFactory.getLogger(RematchWorker.class);
    /** A long run (a bundle reaching a large fleet) says how far it is this often. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    private final RematchQueue queue;
    private final DeviceMatching matching;
    private final VulnerabilityCatalog catalog;
    private final DeviceVulnerabilityRepository stored;
    private final java.time.Clock clock;
    private volatile java.time.LocalDate overdueCheckedOn;
    private final int batchSize;
    private final long pollSeconds;
    private final AtomicInteger importsOpen = new AtomicInteger();
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private final PollingLoop loop;

    public RematchWorker(RematchQueue queue, DeviceMatching matching, VulnerabilityCatalog catalog,
                         DeviceVulnerabilityRepository stored, java.time.Clock clock,
                         @Value("${camwarden.vuln.rematch.batch-size:200}") int batchSize,
                         @Value("${camwarden.vuln.rematch.poll-seconds:30}") long pollSeconds) {
        this.queue = queue;
        this.matching = matching;
        this.catalog = catalog;
        this.stored = stored;
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.pollSeconds = Math.max(1, pollSeconds);
        this.loop = new PollingLoop("device-rematch", this.pollSeconds, this::cycle, "Device re-matching failed", log);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start(ApplicationReadyEvent event) {
        loop.start(event.getApplicationContext());
    }

    @jakarta.annotation.PreDestroy
    public void stop() throws InterruptedException {
        loop.stop();
    }

    /** New requests are queued (call after their transaction committed). */
    public void wake() {
        loop.wake();
    }

    /** A transaction that changes vulnerability data is open: hold matching back until it ends. */
    void dataChanging() {
        importsOpen.incrementAndGet();
        stale.set(true);
    }

    /** That transaction ended (committed or rolled back): recompile, then serve the requests. */
    void dataChangeEnded() {
        stale.set(true);
        importsOpen.decrementAndGet();
        wake();
    }

    /** Compiles the data if it changed, then drains the queue. */
    void cycle() {
        if (importsOpen.get() > 0) {
            return;
        }
        if (stale.getAndSet(false) || !catalog.built() || dataMoved()) {
            catalog.rebuild();
        }
        queueNewlyOverdue();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        long started = System.nanoTime();
        long lastProgress = started;
        while (loop.running()) {
            RematchQueue.Batch batch = queue.next(batchSize);
            if (batch.reasonByDevice().isEmpty()) {
                break;
            }
            Map<String, List<Long>> byReason = new LinkedHashMap<>();
            batch.reasonByDevice().forEach((id, reason) -> byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(id));
            Map<String, DeviceMatching.Result> results = new LinkedHashMap<>();
            byReason.forEach((reason, ids) -> results.put(reason, matching.match(ids)));
            if (importsOpen.get() > 0 || stale.get() || dataMoved()) {
                break; // matched with data that is no longer current: the next cycle recompiles and redoes it
            }
            queue.done(batch);
            results.forEach((reason, r) -> tallies.computeIfAbsent(reason, x -> new Tally()).add(r));
            if (System.nanoTime() - lastProgress > PROGRESS_EVERY.toNanos()) {
                lastProgress = System.nanoTime();
                log.info("Matching devices: {} done so far, {} requests waiting", tallies.values().stream()
                        .mapToInt(t -> t.devices).sum(), queue.size());
            }
        }
        report(tallies, started);
    }

    private static void report(Map<String, Tally> tallies, long started) {
        long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
        tallies.forEach((reason, t) -> log.info("Matched {} {} after {}: {} now AFFECTED by at least one CVE"
                        + " ({} CVE answers newly AFFECTED, {} added, {} changed, {} no longer relevant) in {} ms",
                t.devices, t.devices == 1 ? "device" : "devices", reason, t.withAffected, t.newlyAffected, t.added,
                t.changed, t.removed, ms));
    }

    /** Once a day: devices whose KEV due date passed since they were matched are re-scored (+5 priority). */
    private void queueNewlyOverdue() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        if (today.equals(overdueCheckedOn)) {
            return;
        }
        List<Long> overdue = stored.devicesWithNewlyOverdueKev(today);
        queue.enqueue(overdue, "a KEV due date passed", clock.instant());
        overdueCheckedOn = today;
    }

    private boolean dataMoved() {
        return !Objects.equals(catalog.current().dataChanged(), catalog.dataChangedNow());
    }

    private static final class Tally {
        int devices;
        int withAffected;
        int newlyAffected;
        int added;
        int changed;
        int removed;

        void add(DeviceMatching.Result r) {
            devices += r.devices();
            withAffected += r.withAffected();
            newlyAffected += r.changes().newlyAffected();
            added += r.changes().added();
            changed += r.changes().changed();
            removed += r.changes().removed();
        }
    }
}
