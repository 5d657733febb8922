package io.camwarden.bench;

import io.camwarden.cli.SpringContexts;
import io.camwarden.domain.Caller;
import io.camwarden.support.PostgresServer;
import io.camwarden.vuln.bundle.BundleCreator;
import io.camwarden.vuln.bundle.BundleImportResult;
import io.camwarden.vuln.bundle.BundleImportService;
import io.camwarden.vuln.bundle.BundleKeys;
import io.camwarden.vuln.bundle.TrustedKeys;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import of an NVD-scale signed bundle: N CVE records (default 300,000) re-issued from the shared camera
 * records under new ids with per-copy product tokens (as {@link ReissuedNvd} does), written as gzipped NVD
 * CVE API 2.0 feeds of 50,000 records, with the real KEV catalog and the real 360,142 EPSS scores, signed
 * with `bundle create`, then verified and imported through {@link BundleImportService} into H2 (file, as
 * `serve` uses it) or PostgreSQL (zonky). Wall time and heap of the whole import (verification, unpacking,
 * reading, storing, the change event); then the same content in a new bundle, the idempotent path. Run under
 * -Xmx1g, so the heap limit is part of the test.
 *
 * <p>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=io.camwarden.bench.VulnImportBench -Dbench.heap=-Xmx1g
 * -Dbench.args="--db h2 --records 300000"
 */
public final class VulnImportBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PER_FILE = 50_000;
    private static final Path SHARED = Path.of(System.getProperty("camwarden.shared", "../shared"), "data");

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        String db = opts.getOrDefault("db", "h2");
        int records = Integer.parseInt(opts.getOrDefault("records", "300000"));
        boolean epss = Boolean.parseBoolean(opts.getOrDefault("epss", "true"));
        Path work = Files.createTempDirectory("camwarden-vuln-import-bench");
        Path content = Files.createDirectories(work.resolve("content"));

        long t = System.nanoTime();
        writeFeeds(content.resolve("nvd"), records);
        Files.createDirectories(content.resolve("kev"));
        Files.copy(SHARED.resolve("kev/known_exploited_vulnerabilities.json"),
                content.resolve("kev/known_exploited_vulnerabilities.json"));
        if (epss) {
            Files.createDirectories(content.resolve("epss"));
            Files.copy(SHARED.resolve("epss/epss_scores.csv"), content.resolve("epss/epss_scores.csv"));
        }
        KeyPair keys = BundleKeys.generate();
        Path pub = work.resolve("bench.key.pub");
        BundleKeys.write(keys, work.resolve("bench.key"), pub);
        Path first = work.resolve("first.tar");
        Path second = work.resolve("second.tar");
        Instant made = Instant.now();
        BundleCreator.create(content, keys.getPrivate(), keys.getPublic(), "bench", Map.of(), made.minusSeconds(60),
                first, (d, n) -> { });
        BundleCreator.create(content, keys.getPrivate(), keys.getPublic(), "bench again", Map.of(), made, second,
                (d, n) -> { });
        System.out.printf(Locale.ROOT, "bundle: %d CVE records, %s, %d MB archive, made in %.1f s%n", records,
                epss ? "KEV + EPSS" : "KEV", Files.size(first) >> 20, (System.nanoTime() - t) / 1e9);

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("camwarden.data-dir", work.resolve("data").toString());
        props.put("logging.file.name", "");
        if (db.equals("postgres")) {
            var pg = PostgresServer.get();
            props.put("camwarden.db.url", pg.getJdbcUrl("postgres", "postgres"));
            props.put("camwarden.db.user", "postgres");
        }
        TrustedKeys trust = TrustedKeys.load(List.of(pub), "bench");
        try (ConfigurableApplicationContext ctx = SpringContexts.offline(props)) {
            BundleImportService service = ctx.getBean(BundleImportService.class);
            Run a = run(service, first, trust);
            Run b = run(service, second, trust);
            System.out.printf(Locale.ROOT, "database=%s records=%d maxHeapMB=%d cpus=%d%n", db, records,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            a.print("first import ");
            b.print("second import");
            boolean valid = a.content.contains(records + " CVE records (" + records + " added)")
                    && b.content.contains(records + " CVE records (" + records + " unchanged)");
            if (!valid) {
                System.out.println("UNEXPECTED COUNTS: the benchmark result is not valid");
                System.exit(1);
            }
        }
        System.exit(0);
    }

    private record Run(double seconds, long peak, long live, String content) {
        void print(String label) {
            System.out.printf(Locale.ROOT, "%s: %.1f s, heap: peak used %d MB, live after full GC %d MB%n  %s%n",
                    label, seconds, peak >> 20, live >> 20, content);
        }
    }

    private static Run run(BundleImportService service, Path bundle, TrustedKeys trust) throws Exception {
        LiveHeap live = new LiveHeap();
        System.gc();
        resetPeaks();
        live.reset();
        long t0 = System.nanoTime();
        BundleImportResult r;
        try (InputStream in = Files.newInputStream(bundle)) {
            r = service.importBundle(Caller.system("bench"), in, trust, bundle.toString());
        }
        return new Run((System.nanoTime() - t0) / 1e9, heapPeakBytes(), live.max(), String.join(" | ", r.content()));
    }

    /** {@code records} CVE records re-issued from the shared feed, in gzipped NVD feeds of {@link #PER_FILE}. */
    static void writeFeeds(Path dir, int records) throws Exception {
        Files.createDirectories(dir);
        List<ObjectNode> base = new ArrayList<>();
        for (JsonNode item : JSON.readTree(ReissuedNvd.FEED.toFile()).get("vulnerabilities")) {
            base.add((ObjectNode) item.get("cve"));
        }
        for (int start = 0; start < records; start += PER_FILE) {
            Path file = dir.resolve(String.format(Locale.ROOT, "nvdcve-2.0-bench-%02d.json.gz", start / PER_FILE));
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
                 JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringProperty("format", "NVD_CVE");
                g.writeStringProperty("version", "2.0");
                g.writeStringProperty("timestamp", "2026-11-22T00:00:00.000");
                g.writeName("vulnerabilities");
                g.writeStartArray();
                for (int i = start; i < Math.min(records, start + PER_FILE); i++) {
                    int copy = i / base.size();
                    ObjectNode cve = base.get(i % base.size()).deepCopy();
                    cve.put("id", String.format(Locale.ROOT, "CVE-%d-%06d", 3000 + copy % 1000, i));
                    for (JsonNode c : cve.path("configurations")) {
                        for (JsonNode n : c.path("nodes")) {
                            for (JsonNode m : n.path("cpeMatch")) {
                                ((ObjectNode) m).put("criteria", ReissuedNvd.suffixed(m.get("criteria").asString(), copy));
                            }
                        }
                    }
                    g.writeStartObject();
                    g.writeName("cve");
                    g.writeTree(cve);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            m.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return m;
    }
}
