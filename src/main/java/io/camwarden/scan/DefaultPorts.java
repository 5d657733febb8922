package io.camwarden.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The camera port set scanned when no --ports is given: every TCP port of {@code scan/default_ports.csv}
 * (a copy of shared/data/fingerprints/default_ports.csv, with its sources), plus alternatives its notes name
 * ("also 8554"). Rows that describe botnet indicators (outbound traffic) are not services to scan.
 */
public final class DefaultPorts {

    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,5})\\b");
    private static final Pattern ALSO = Pattern.compile("(?:also|uses)\\s+(\\d{1,5})");

    private DefaultPorts() {
    }

    public static List<Integer> load() {
        try (InputStream in = DefaultPorts.class.getResourceAsStream("/scan/default_ports.csv")) {
            if (in == null) {
                throw new IllegalStateException("scan/default_ports.csv is missing from the jar");
            }
            TreeSet<Integer> ports = new TreeSet<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (!r.get("transport").strip().startsWith("tcp") || r.get("vendor").contains("indicator")) {
                    continue;
                }
                Matcher m = NUMBER.matcher(r.get("port"));
                while (m.find()) {
                    ports.add(Integer.parseInt(m.group(1)));
                }
                Matcher also = ALSO.matcher(r.get("notes"));
                while (also.find()) {
                    ports.add(Integer.parseInt(also.group(1)));
                }
            }
            ports.removeIf(p -> p < 1 || p > 65535);
            return List.copyOf(ports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "80,443,8000-8010" as a sorted list of distinct ports. */
    public static List<Integer> parse(String spec) {
        TreeSet<Integer> ports = new TreeSet<>();
        List<String> bad = new ArrayList<>();
        for (String part : spec.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                String[] ends = part.split("-", 2);
                int lo = Integer.parseInt(ends[0].strip());
                int hi = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : lo;
                if (lo < 1 || hi > 65535 || lo > hi) {
                    bad.add(part);
                    continue;
                }
                for (int p = lo; p <= hi; p++) {
                    ports.add(p);
                }
            } catch (NumberFormatException e) {
                bad.add(part);
            }
        }
        if (!bad.isEmpty() || ports.isEmpty()) {
            throw new IllegalArgumentException("bad --ports " + (bad.isEmpty() ? "'" + spec + "'" : bad)
                    + ": use numbers 1-65535 and ranges, e.g. 80,443,554,8000-8010");
        }
        return List.copyOf(ports);
    }
}
