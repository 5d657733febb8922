package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.Vulnerability;
import io.camwarden.vuln.source.NvdJsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The real NVD camera records of ../shared/data/nvd, read once for all tests. */
final class SharedNvd {

    static final Path DATA = Path.of(System.getProperty("camwarden.shared", "../shared"), "data");
    static final Path FEED = DATA.resolve("nvd").resolve("nvdcve-2.0-cameras.json");

    private static Map<String, Vulnerability> records;

    private SharedNvd() {
    }

    static synchronized Map<String, Vulnerability> records() {
        if (records == null) {
            Map<String, Vulnerability> byId = new LinkedHashMap<>();
            List<Object> problems = new ArrayList<>();
            try (InputStream in = Files.newInputStream(FEED)) {
                NvdJsonReader.read(FEED.toString(), in, v -> byId.put(v.id(), v), problems::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the shared feed has unreadable records: " + problems);
            }
            records = byId;
        }
        return records;
    }

    static Vulnerability get(String cve) {
        Vulnerability v = records().get(cve);
        if (v == null) {
            throw new IllegalArgumentException(cve + " is not in " + FEED);
        }
        return v;
    }
}
