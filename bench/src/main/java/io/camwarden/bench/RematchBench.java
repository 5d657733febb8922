package io.camwarden.bench;

import static io.camwarden.bench.VulnImportBench.heapPeakBytes;
import static io.camwarden.bench.VulnImportBench.resetPeaks;

import io.camwarden.cli.SpringContexts;
import io.camwarden.domain.Caller;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.vuln.Vulnerability;
import io.camwarden.registry.device.DeviceImporter;
import io.camwarden.registry.device.ImportReport;
import io.camwarden.registry.organization.OrganizationRequest;
import io.camwarden.registry.organization.OrganizationService;
import io.camwarden.support.PostgresServer;
import io.camwarden.vuln.bundle.BundleCreator;
import io.camwarden.vuln.bundle.BundleImportResult;
import io.camwarden.vuln.bundle.BundleImportService;
import io.camwarden.vuln.bundle.BundleKeys;
import io.camwarden.vuln.bundle.TrustedKeys;
import io.camwarden.vuln.device.RematchQueue;
import io.camwarden.vuln.match.CpeVendors;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-matching a fleet after a bundle import, as `serve` does it: N devices (default 100,000) registered through
 * {@link DeviceImporter}, their vendor, model and firmware drawn from the products of the re-issued records
 * ({@link ReissuedNvd}: a share {@code --hits} of them name a recorded model at a random copy, the rest a known
 * vendor's unknown model or an unknown vendor), then a signed bundle of M re-issued CVE records (default
 * 300,000, as {@link VulnImportBench} writes them) plus the real KEV catalog imported through
 * {@link BundleImportService}. The server's own {@code RematchWorker} (a web context on loopback, so it runs as
 * in production) compiles the new data and drains {@code device_rematch}; the bench watches the queue. Import
 * time, time until the queue is empty, devices re-matched per second, the stored answers by result, heap.
 *
 * <p>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=io.camwarden.bench.RematchBench -Dbench.heap=-Xmx3g
 * -Dbench.args="--db h2 --devices 100000 --records 300000"
 */
public final class RematchBench {

    private static final Path SHARED = Path.of(System.getProperty("camwarden.shared", "../shared"), "data");

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = VulnImportBench.options(args);
        String db = opts.getOrDefault("db", "h2");
        int deviceCount = Integer.parseInt(opts.getOrDefault("devices", "100000"));
        int records = Integer.parseInt(opts.getOrDefault("records", "300000"));
        double hits = Double.parseDouble(opts.getOrDefault("hits", "0.5"));
        Path work = Files.createTempDirectory("camwarden-rematch-bench");

        long t = System.nanoTime();
        List<Vulnerability> base = ReissuedNvd.shared();
        int copies = (records + base.size() - 1) / base.size();
        Identity[] devices = ReissuedNvd.devices(deviceCount, hits, ReissuedNvd.hardware(base, CpeVendors.bundled()),
                copies, 42);
        int owners = Math.max(1, deviceCount / 1000);
        Path csv = work.resolve("devices.csv");
        writeCsv(csv, devices, owners);
        Path bundle = bundle(work, records);
        System.out.printf(Locale.ROOT, "input: %,d devices (%.0f%% naming a recorded model at one of %d copies),"
                        + " bundle of %,d CVE records + KEV (%d MB), made in %.1f s%n", deviceCount, hits * 100, copies,
                records, Files.size(bundle) >> 20, (System.nanoTime() - t) / 1e9);

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("camwarden.data-dir", work.resolve("data").toString());
        props.put("camwarden.port", 0);
        props.put("server.address", "127.0.0.1");
        props.put("camwarden.admin-password", "bench-only-" + Long.toHexString(System.nanoTime())); // no banner
        props.put("logging.file.name", "");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.io.camwarden.vuln", "INFO"); // the worker's own account of each run
        if (db.equals("postgres")) {
            var pg = PostgresServer.get();
            props.put("camwarden.db.url", pg.getJdbcUrl("postgres", "postgres"));
            props.put("camwarden.db.user", "postgres");
        }
        try (ConfigurableApplicationContext ctx = SpringContexts.web(props)) {
            Caller setup = Caller.system("bench");
            RematchQueue queue = ctx.getBean(RematchQueue.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            var orgs = ctx.getBean(OrganizationService.class);
            for (int o = 0; o < owners; o++) {
                orgs.create(setup, new OrganizationRequest("Owner " + o, "OWNER", null, List.of()));
            }

            long t0 = System.nanoTime();
            ImportReport registered;
            try (InputStream in = Files.newInputStream(csv)) {
                registered = ctx.getBean(DeviceImporter.class).importDevices(setup, in, DeviceImporter.Format.CSV,
                        false, csv.toString(), n -> { });
            }
            double registerSeconds = (System.nanoTime() - t0) / 1e9;
            double noDataSeconds = drain(queue, System.nanoTime());

            TrustedKeys trust = TrustedKeys.load(List.of(work.resolve("bench.key.pub")), "bench");
            LiveHeap live = new LiveHeap();
            System.gc();
            resetPeaks();
            live.reset();
            long t1 = System.nanoTime();
            BundleImportResult imported;
            try (InputStream in = Files.newInputStream(bundle)) {
                imported = ctx.getBean(BundleImportService.class).importBundle(setup, in, trust, bundle.toString());
            }
            double importSeconds = (System.nanoTime() - t1) / 1e9;
            long queued = queue.size();
            double drainedAt = drain(queue, t1);
            double matchSeconds = drainedAt - importSeconds;
            long peak = heapPeakBytes();
            long liveMax = live.max();
            System.gc(); // what stays: the compiled index the worker keeps for the next requests, and the server
            Runtime rt = Runtime.getRuntime();
            long retained = rt.totalMemory() - rt.freeMemory();

            Map<String, long[]> byResult = new LinkedHashMap<>();
            jdbc.sql("SELECT result, COUNT(*) AS answers, COUNT(DISTINCT device_id) AS devices"
                            + " FROM device_vulnerability GROUP BY result ORDER BY result")
                    .query(rs -> {
                        byResult.put(rs.getString("result"), new long[] {rs.getLong("answers"), rs.getLong("devices")});
                    });

            System.out.printf(Locale.ROOT, "database=%s devices=%d records=%d maxHeapMB=%d cpus=%d%n", db,
                    deviceCount, records, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "devices registered: %.1f s (created=%d rejected=%d); matched with no data"
                    + " yet in a further %.1f s%n", registerSeconds, registered.created(), registered.rejectedTotal(),
                    noDataSeconds);
            System.out.printf(Locale.ROOT, "bundle import: %.1f s; %s%n", importSeconds,
                    String.join(" | ", imported.content()));
            System.out.printf(Locale.ROOT, "re-match: %,d devices queued by the import, queue drained %.1f s after"
                    + " the import returned (%.1f s after it began): %.0f devices/s%n", queued, matchSeconds,
                    drainedAt, queued / matchSeconds);
            byResult.forEach((result, n) -> System.out.printf(Locale.ROOT, "  %-12s %,d answers on %,d devices%n",
                    result, n[0], n[1]));
            System.out.printf(Locale.ROOT, "heap from the import to the drained queue: peak used %d MB, live after"
                    + " full GC %d MB; held once drained: %d MB%n", peak >> 20, liveMax >> 20, retained >> 20);
            boolean valid = registered.created() == deviceCount && queued > 0 && byResult.containsKey("AFFECTED")
                    && imported.content().getFirst().startsWith(records + " CVE records (" + records + " added)");
            if (!valid) {
                System.out.println("UNEXPECTED COUNTS: the benchmark result is not valid");
                System.exit(1);
            }
        }
        System.exit(0);
    }

    /** Seconds since {@code since} at which the worker had emptied the queue. */
    private static double drain(RematchQueue queue, long since) throws InterruptedException {
        while (queue.size() > 0) {
            Thread.sleep(200);
        }
        return (System.nanoTime() - since) / 1e9;
    }

    /** The re-issued NVD feeds and the real KEV catalog, signed: what an operator would import. */
    private static Path bundle(Path work, int records) throws Exception {
        Path content = Files.createDirectories(work.resolve("content"));
        VulnImportBench.writeFeeds(content.resolve("nvd"), records);
        Files.createDirectories(content.resolve("kev"));
        Files.copy(SHARED.resolve("kev/known_exploited_vulnerabilities.json"),
                content.resolve("kev/known_exploited_vulnerabilities.json"));
        KeyPair keys = BundleKeys.generate();
        BundleKeys.write(keys, work.resolve("bench.key"), work.resolve("bench.key.pub"));
        Path bundle = work.resolve("bundle.tar");
        BundleCreator.create(content, keys.getPrivate(), keys.getPublic(), "rematch bench", Map.of(), Instant.now(),
                bundle, (d, n) -> { });
        return bundle;
    }

    private static void writeCsv(Path csv, Identity[] devices, int owners) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("serial,kind,vendor,model,firmware,owner\n");
            for (int i = 0; i < devices.length; i++) {
                Identity d = devices[i];
                w.write(String.format(Locale.ROOT, "RM-%08d,CAMERA,%s,%s,%s,Owner %d%n", i, csv(d.vendor().value()),
                        csv(d.model().value()), d.firmware() == null ? "" : csv(d.firmware().value()), i % owners));
            }
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
