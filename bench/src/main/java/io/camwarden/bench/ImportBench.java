package io.camwarden.bench;

import io.camwarden.cli.SpringContexts;
import io.camwarden.domain.Caller;
import io.camwarden.registry.device.DeviceImporter;
import io.camwarden.registry.device.ImportReport;
import io.camwarden.registry.organization.OrganizationRequest;
import io.camwarden.registry.organization.OrganizationService;
import io.camwarden.registry.site.SiteRequest;
import io.camwarden.registry.site.SiteService;
import io.camwarden.registry.system.InformationSystemRequest;
import io.camwarden.registry.system.InformationSystemService;
import io.camwarden.support.PostgresServer;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk import of N devices (default 100,000) from a CSV file, on H2 (file database, as `serve` uses it) or a
 * real PostgreSQL (zonky). Prints wall time and the JVM's peak heap; run with -Xmx512m so the heap limit is
 * part of the test, not just a reading. A second import of the same file measures the idempotent path.
 *
 * <p>./mvnw -q -Pbench test-compile exec:exec -Dbench.args="--db h2 --rows 100000"
 */
public final class ImportBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        String db = opts.getOrDefault("db", "h2");
        int rows = Integer.parseInt(opts.getOrDefault("rows", "100000"));
        int owners = Math.max(1, rows / 1000);
        Path work = Files.createTempDirectory("camwarden-import-bench");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("camwarden.data-dir", work.toString());
        props.put("logging.file.name", "");
        if (db.equals("postgres")) {
            var pg = PostgresServer.get();
            props.put("camwarden.db.url", pg.getJdbcUrl("postgres", "postgres"));
            props.put("camwarden.db.user", "postgres");
        }
        try (ConfigurableApplicationContext ctx = SpringContexts.offline(props)) {
            Caller setup = Caller.system("bench");
            var orgs = ctx.getBean(OrganizationService.class);
            var sites = ctx.getBean(SiteService.class);
            var systems = ctx.getBean(InformationSystemService.class);
            for (int o = 0; o < owners; o++) {
                long id = orgs.create(setup, new OrganizationRequest("Owner " + o, "OWNER", null, List.of())).id();
                for (int s = 0; s < 10; s++) {
                    sites.create(setup, new SiteRequest(id, "Site " + o + "-" + s, null, "District " + (s % 12), null,
                            10.7 + s / 100.0, 106.6 + o / 1000.0));
                }
                systems.create(setup, new InformationSystemRequest(id, "System " + o, null, 1 + o % 5, null, null,
                        null, null, null));
            }
            Path csv = work.resolve("devices.csv");
            writeCsv(csv, rows, owners);
            DeviceImporter importer = ctx.getBean(DeviceImporter.class);

            LiveHeap live = new LiveHeap();
            System.gc();
            resetPeaks();
            live.reset();
            long t0 = System.nanoTime();
            ImportReport first;
            try (InputStream in = Files.newInputStream(csv)) {
                first = importer.importDevices(setup, in, DeviceImporter.Format.CSV, false, csv.toString(), n -> { });
            }
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            long firstPeak = heapPeakBytes();
            long firstLive = live.max();

            System.gc();
            resetPeaks();
            live.reset();
            long t1 = System.nanoTime();
            ImportReport second;
            try (InputStream in = Files.newInputStream(csv)) {
                second = importer.importDevices(setup, in, DeviceImporter.Format.CSV, false, csv.toString(), n -> { });
            }
            double secondSeconds = (System.nanoTime() - t1) / 1e9;
            long secondPeak = heapPeakBytes();
            long secondLive = live.max();

            long maxHeap = Runtime.getRuntime().maxMemory();
            System.out.printf(Locale.ROOT, "database=%s rows=%d csvBytes=%d maxHeapMB=%d cpus=%d%n", db, rows,
                    Files.size(csv), maxHeap >> 20, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "first import:  %.1f s (%.0f rows/s), created=%d updated=%d unchanged=%d"
                            + " rejected=%d, heap: peak used %d MB, live after full GC %d MB%n", firstSeconds,
                    rows / firstSeconds, first.created(), first.updated(), first.unchanged(), first.rejectedTotal(),
                    firstPeak >> 20, firstLive >> 20);
            System.out.printf(Locale.ROOT, "second import: %.1f s (%.0f rows/s), created=%d updated=%d unchanged=%d"
                            + " rejected=%d, heap: peak used %d MB, live after full GC %d MB%n", secondSeconds,
                    rows / secondSeconds, second.created(), second.updated(), second.unchanged(),
                    second.rejectedTotal(), secondPeak >> 20, secondLive >> 20);
            if (first.created() != rows || second.unchanged() != rows) {
                System.out.println("UNEXPECTED COUNTS: the benchmark result is not valid");
                System.exit(1);
            }
        }
        System.exit(0);
    }

    private static void writeCsv(Path csv, int rows, int owners) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("serial,mac,ip,kind,vendor,model,firmware,owner,site,information_system,installed_on,"
                    + "end_of_support,certificate_origin,certificate_quality,qcvn135,tags\n");
            String[][] models = {{"Hikvision", "DS-2CD2143G0-I", "V5.5.0 build 170725"},
                    {"Dahua", "IPC-HFW2431S-S-S2", "2.800.0000000.16.R"}, {"Axis", "P3245-LVE", "10.12.182"},
                    {"Hanwha", "XNO-6080R", "2.21.02"}, {"Uniview", "IPC2124LR3-PF40M-D", "IPC_G6103-B0006P20D1808"}};
            for (int i = 0; i < rows; i++) {
                int o = i % owners;
                String[] m = models[i % models.length];
                w.write(String.format(Locale.ROOT,
                        "BENCH-%08d,02:%02x:%02x:%02x:%02x:%02x,10.%d.%d.%d,%s,%s,%s,%s,Owner %d,Site %d-%d,System %d,"
                                + "2023-%02d-%02d,2030-12-31,CO-%d,CQ-%d,QCVN135-%d,%s%n",
                        i, (i >> 24) & 0xff, (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff, o & 0xff,
                        100 + (i >> 16) % 100, (i >> 8) & 0xff, i & 0xff, i % 20 == 0 ? "NVR" : "CAMERA", m[0], m[1],
                        m[2], o, o, i % 10, o, 1 + i % 12, 1 + i % 28, i, i, i, i % 3 == 0 ? "school;gate" : "street"));
            }
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
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
