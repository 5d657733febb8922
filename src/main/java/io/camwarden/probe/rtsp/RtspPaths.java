package io.camwarden.probe.rtsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Stream paths of camera vendors (scan/rtsp_paths.csv, from nmap's rtsp-urls.txt, Cameradar's routes and
 * vendor documentation, with sources per row): where to DESCRIBE a stream. Paths that carry credentials in
 * the URL (XMeye's "user=…&password=…") are left out: they would be a login attempt in disguise.
 */
public final class RtspPaths {

    private record Row(String vendor, String example, boolean high) {
    }

    private static final List<Row> ROWS = load();

    private RtspPaths() {
    }

    /** The vendor's paths first (when known), then every other high-confidence path, then the root. */
    public static List<String> forVendor(String vendor) {
        return forVendor(vendor, List.of());
    }

    /** As {@link #forVendor(String)}, with paths already seen on the device (a scan's DESCRIBE) first of all. */
    public static List<String> forVendor(String vendor, List<String> seen) {
        LinkedHashSet<String> out = new LinkedHashSet<>(seen);
        String v = vendor == null ? null : vendor.toLowerCase(Locale.ROOT);
        if (v != null && !v.isBlank()) {
            ROWS.stream().filter(r -> r.vendor().contains(v)).forEach(r -> out.add(r.example()));
        }
        ROWS.stream().filter(Row::high).forEach(r -> out.add(r.example()));
        out.add("/");
        return List.copyOf(out);
    }

    private static List<Row> load() {
        try (InputStream in = RtspPaths.class.getResourceAsStream("/scan/rtsp_paths.csv")) {
            if (in == null) {
                throw new IllegalStateException("scan/rtsp_paths.csv is missing from the jar");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String example = r.get("example").strip();
                if (!example.startsWith("/") || example.toLowerCase(Locale.ROOT).contains("password=")) {
                    continue;
                }
                rows.add(new Row(r.get("vendor").toLowerCase(Locale.ROOT), example,
                        r.get("confidence").strip().equalsIgnoreCase("high")));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
