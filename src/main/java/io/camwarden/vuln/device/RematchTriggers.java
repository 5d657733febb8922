package io.camwarden.vuln.device;

import io.camwarden.domain.Scope;
import io.camwarden.domain.vuln.ProductKey;
import io.camwarden.registry.device.DeviceRepository;
import io.camwarden.registry.device.DevicesChanged;
import io.camwarden.vuln.match.CpeVulnerabilityMatcher;
import io.camwarden.vuln.match.VulnerabilityMatcher;
import io.camwarden.vuln.store.VulnerabilityDataChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decides which devices must be matched again, and queues them in the transaction of the change itself, so
 * the request commits with the change or not at all:
 * <ul>
 *   <li>a device created or updated, or newly observed by a scan ({@link DevicesChanged}): that device;</li>
 *   <li>a bundle import ({@link VulnerabilityDataChanged}): the devices whose identity shares a key with the
 *       products the bundle added or changed (a vendor-only key reaches every device of the vendor, a device
 *       of unknown model meets every product of its vendor), and every device already holding one of the
 *       bundle's CVEs (a KEV or EPSS change re-scores, a withdrawn configuration removes).</li>
 * </ul>
 */
@Component
public class RematchTriggers {

    private static final Logger log = LoggerFactory.getLogger(RematchTriggers.class);
    private static final int BATCH = 500;

    private final RematchQueue queue;
    private final RematchWorker worker;
    private final DeviceRepository devices;
    private final DeviceIdentities identities;
    private final DeviceVulnerabilityRepository stored;
    private final VulnerabilityMatcher matcher = CpeVulnerabilityMatcher.bundled();
    private final Clock clock;

    public RematchTriggers(RematchQueue queue, RematchWorker worker, DeviceRepository devices,
                           DeviceIdentities identities, DeviceVulnerabilityRepository stored, Clock clock) {
        this.queue = queue;
        this.worker = worker;
        this.devices = devices;
        this.identities = identities;
        this.stored = stored;
        this.clock = clock;
    }

    @EventListener
    public void devicesChanged(DevicesChanged e) {
        queue.enqueue(e.deviceIds(), e.reason(), Instant.now(clock));
        afterCommit(worker::wake);
    }

    @EventListener
    public void dataChanged(VulnerabilityDataChanged e) {
        worker.dataChanging();
        if (!afterCompletion(worker::dataChangeEnded)) {
            try {
                enqueueReached(e);
            } finally {
                worker.dataChangeEnded();
            }
            return;
        }
        enqueueReached(e);
    }

    private void enqueueReached(VulnerabilityDataChanged e) {
        Set<Long> reached = new LinkedHashSet<>();
        if (!e.keys().isEmpty()) {
            Reach reach = new Reach(e.keys());
            devices.forEachBatch(Scope.EVERYTHING, BATCH, batch -> {
                for (DeviceIdentities.Subject s : identities.forKeys(batch)) {
                    if (reach.reaches(matcher.keysOf(s.identity()))) {
                        reached.add(s.device().id());
                    }
                }
            });
        }
        int byKey = reached.size();
        reached.addAll(stored.devicesHolding(e.cves()));
        String reason = "bundle #" + e.bundleId();
        queue.enqueue(reached, reason, Instant.now(clock));
        log.info("Bundle #{} changed {} CVEs under {} product keys: {} {} queued for re-matching ({} by product,"
                + " {} holding a changed CVE)", e.bundleId(), e.cves().size(), e.keys().size(), reached.size(),
                reached.size() == 1 ? "device" : "devices", byKey,
                reached.size() - byKey);
    }

    /** Whether a device's keys meet the keys a change named (see {@link ProductKey}). */
    static final class Reach {

        private final Set<ProductKey> keys;
        private final Set<String> vendors = new HashSet<>();
        private final Set<String> wholeVendors = new HashSet<>();

        Reach(Set<ProductKey> keys) {
            this.keys = keys;
            for (ProductKey k : keys) {
                vendors.add(k.vendor());
                if (k.product() == null) {
                    wholeVendors.add(k.vendor());
                }
            }
        }

        boolean reaches(Set<ProductKey> device) {
            for (ProductKey k : device) {
                if (k.product() == null ? vendors.contains(k.vendor())
                        : wholeVendors.contains(k.vendor()) || keys.contains(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void afterCommit(Runnable r) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            r.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                r.run();
            }
        });
    }

    /** Runs {@code r} when the transaction ends, either way; false when there is no transaction. */
    private static boolean afterCompletion(Runnable r) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                r.run();
            }
        });
        return true;
    }
}
