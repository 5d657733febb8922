package io.camwarden.bench;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.vuln.MatchResult;
import io.camwarden.domain.vuln.Vulnerability;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import io.camwarden.vuln.match.CpeVendors;
import io.camwarden.vuln.match.VulnerabilityIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Wall-clock matching at NVD scale: builds a {@link VulnerabilityIndex} over N records (default 300,000,
 * re-issued from the shared camera records by {@link ReissuedNvd}) and matches M device identities (default
 * 1,000,000; half of them models the records name, half not) on every core. Prints the index build time,
 * the live heap the index keeps (used heap after a full collection, less the same before the records were made;
 * run with {@code -XX:MarkSweepDeadRatio=0}, or the serial collector may leave up to 5 % of the old generation as
 * uncollected dead space in both figures), the matching wall time and rate, the process CPU time it took (on a machine
 * shared with other work, wall time includes waiting for the CPU), what the matches said, and the peak heap.
 *
 * <p>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=io.camwarden.bench.MatchBench -Dbench.heap=-Xmx5g \
 * -Dbench.args="--records 300000 --identities 1000000"; {@code --histogram 30} also prints the 30 classes that
 * hold most of the live heap once the index is built; {@code --digest true} prints one checksum of every answer with
 * its summary and steps (slower), to show that a change to the index leaves every answer as it was.
 */
public final class MatchBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int records = Integer.parseInt(opts.getOrDefault("records", "300000"));
        int identities = Integer.parseInt(opts.getOrDefault("identities", "1000000"));
        double hits = Double.parseDouble(opts.getOrDefault("hits", "0.5"));
        List<Vulnerability> base = ReissuedNvd.shared();
        int copies = (records + base.size() - 1) / base.size();
        CpeVendors vendors = CpeVendors.bundled();
        Identity[] devices = ReissuedNvd.devices(identities, hits, ReissuedNvd.hardware(base, vendors), copies, 42);
        // what the JVM holds without the index (the identities, the base records), so the index is measured alone
        System.gc();
        long before = usedHeap();
        List<Vulnerability> data = ReissuedNvd.reissue(base, records);
        System.out.printf(Locale.ROOT, "data: %,d records (%d copies of %d shared camera CVEs), %,d identities (%.0f%%"
                + " naming a recorded model), %d cores%n", data.size(), copies, base.size(), devices.length, hits * 100,
                Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        VulnerabilityIndex index = VulnerabilityIndex.build(data, List.of(), vendors);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        data = null; // the index keeps what it needs
        System.gc();
        long live = usedHeap() - before;
        System.out.printf(Locale.ROOT, "index: %,d records under %,d keys, built in %.1f s, %,d MB live heap%n",
                index.size(), index.keyCount(), buildSeconds, live >> 20);
        int histogram = Integer.parseInt(opts.getOrDefault("histogram", "0"));
        if (histogram > 0) {
            System.out.print(HeapHistogram.top(histogram)); // what the live heap is made of
        }

        for (int i = 0; i < Math.min(20_000, devices.length); i++) {
            index.match(devices[i]); // warm-up, not timed
        }
        resetPeaks();
        Map<MatchResult, LongAdder> results = new EnumMap<>(MatchResult.class);
        for (MatchResult r : MatchResult.values()) {
            results.put(r, new LongAdder());
        }
        LongAdder withAny = new LongAdder();
        boolean digest = Boolean.parseBoolean(opts.getOrDefault("digest", "false"));
        LongAdder answers = new LongAdder();
        long cpu1 = processCpuNanos();
        long t1 = System.nanoTime();
        IntStream.range(0, devices.length).parallel().forEach(i -> {
            List<VulnerabilityMatch> found = index.match(devices[i]);
            if (!found.isEmpty()) {
                withAny.increment();
            }
            for (VulnerabilityMatch m : found) {
                results.get(m.result()).increment();
            }
            if (digest) {
                answers.add(mix(i * 31L + found.toString().hashCode()));
            }
        });
        double matchSeconds = (System.nanoTime() - t1) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu1) / 1e9;
        System.out.printf(Locale.ROOT, "match: %,d identities in %.1f s (%,.0f per second); %,d with at least one CVE;"
                + " %,d AFFECTED, %,d UNKNOWN, %,d NOT_AFFECTED%n", devices.length, matchSeconds,
                devices.length / matchSeconds, withAny.sum(), results.get(MatchResult.AFFECTED).sum(),
                results.get(MatchResult.UNKNOWN).sum(), results.get(MatchResult.NOT_AFFECTED).sum());
        // on a shared machine the wall time shows the neighbours too; CPU time shows what matching itself cost
        System.out.printf(Locale.ROOT, "cpu: %.1f s of process CPU time while matching (%.0f%% of %d cores' wall time)%n",
                cpuSeconds, 100 * cpuSeconds / (matchSeconds * Runtime.getRuntime().availableProcessors()),
                Runtime.getRuntime().availableProcessors());
        if (digest) {
            // every answer, summary and step of every identity: equal digests of two builds mean equal answers
            System.out.printf(Locale.ROOT, "digest: %016x of all answers with their explanations%n", answers.sum());
        }
        System.out.printf(Locale.ROOT, "heap: peak %,d MB while matching, max %,d MB%n", heapPeakBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** SplitMix64's finaliser: spreads one identity's hash over 64 bits before the sum. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            m.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return m;
    }
}
