package io.camwarden.probe.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Snapshot (single JPEG) URLs of camera makers, from iSpy's camera URL database (ispy/, LGPL-3.0, shipped
 * unmodified as a separate file): the maker's own URLs first, by how many of its models use them, then the
 * URLs commonest across makers. URLs that carry credentials ([USERNAME], [PASSWORD], tokens) are left out:
 * asking them would be a login attempt, not a check for an open snapshot.
 */
public final class SnapshotUrls {

    private record Url(String maker, String path) {
    }

    private static final List<Url> URLS = load();
    private static final List<String> COMMON = ranked(URLS);

    private SnapshotUrls() {
    }

    public static List<String> forMaker(String maker, int limit) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (maker != null && !maker.isBlank()) {
            String m = maker.toLowerCase(Locale.ROOT);
            out.addAll(ranked(URLS.stream().filter(u -> u.maker().contains(m)).toList()));
        }
        out.addAll(COMMON);
        return out.stream().limit(limit).toList();
    }

    private static List<String> ranked(List<Url> urls) {
        Map<String, Integer> count = new HashMap<>();
        urls.forEach(u -> count.merge(u.path(), 1, Integer::sum));
        List<String> paths = new ArrayList<>(count.keySet());
        paths.sort((a, b) -> count.get(b).equals(count.get(a)) ? a.compareTo(b) : count.get(b) - count.get(a));
        return paths;
    }

    private static List<Url> load() {
        try (InputStream in = SnapshotUrls.class.getResourceAsStream("/ispy/ispy_camera_url_db.csv")) {
            if (in == null) {
                throw new IllegalStateException("ispy/ispy_camera_url_db.csv is missing from the jar");
            }
            List<Url> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String url = r.get("url").strip();
                if (!r.get("source_type").equals("JPEG") || !r.get("prefix").startsWith("http") || url.isEmpty()
                        || url.matches(".*\\[(USERNAME|PASSWORD|AUTH|TOKEN)].*")) {
                    continue;
                }
                url = url.replace("[CHANNEL]", "1").replace("[WIDTH]", "640").replace("[HEIGHT]", "480");
                out.add(new Url(r.get("manufacturer").toLowerCase(Locale.ROOT), url.startsWith("/") ? url : "/" + url));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
