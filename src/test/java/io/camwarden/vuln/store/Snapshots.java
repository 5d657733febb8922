package io.camwarden.vuln.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Snapshot files made from the real shared data: the KEV catalog without some CVEs, EPSS rows of some CVEs. */
public final class Snapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Snapshots() {
    }

    /** The shared KEV catalog as CISA would publish it at {@code version} had it removed {@code without}. */
    public static String kevCatalog(String version, String... without) {
        try {
            ObjectNode catalog = (ObjectNode) JSON.readTree(Publisher.KEV.toFile());
            Set<String> drop = Set.of(without);
            int count = 0;
            for (Iterator<JsonNode> it = catalog.get("vulnerabilities").iterator(); it.hasNext(); ) {
                if (drop.contains(it.next().get("cveID").asString())) {
                    it.remove();
                } else {
                    count++;
                }
            }
            catalog.put("catalogVersion", version);
            catalog.put("count", count);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(catalog);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot rewrite the shared KEV catalog", e);
        }
    }

    /** The shared EPSS rows of {@code cves} as a score set of {@code scoreDate} (YYYY-MM-DD). */
    public static String epss(String scoreDate, Set<String> cves) {
        try (var lines = Files.lines(Publisher.SHARED.resolve("data/epss/epss_scores.csv"))) {
            return "#model_version:v2025.03.14,score_date:" + scoreDate + "T00:00:00+0000\ncve,epss,percentile\n"
                    + lines.filter(l -> cves.contains(l.substring(0, Math.max(0, l.indexOf(',')))))
                    .collect(Collectors.joining("\n", "", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
