package io.camwarden.vuln.source;

import io.camwarden.domain.vuln.AffectedProduct;
import io.camwarden.domain.vuln.CvssScore;
import io.camwarden.domain.vuln.Vulnerability;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads CVE JSON 5 records (the CVE Program's format, as in cvelistV5 and CISA's vulnrichment): one record
 * per file, or one per line (JSON Lines). Maps what the matcher can use: id, state, dates, English
 * description, CVSS from the CNA and ADP containers, CWE ids, every {@code affected} entry of the CNA and
 * the ADPs, and configurations derived from those entries where they are unambiguous
 * ({@link Cve5Configurations}). A line that is not a record (bad JSON, no id, cut off) is reported and
 * skipped; the next line is read as usual. Lines are at most {@link #MAX_LINE_CHARS} characters.
 */
public final class Cve5JsonReader {

    static final int MAX_LINE_CHARS = 8_000_000;
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(NvdJsonReader.MAX_RECORD_CHARS).maxNestingDepth(64).build())
            .build()).build();

    private Cve5JsonReader() {
    }

    /** One record in the whole file ({@code CVE-2021-36260.json}); a file that is not one throws. */
    public static NvdJsonReader.Counts readRecord(String file, InputStream in, Consumer<Vulnerability> sink,
                                                  Consumer<RecordProblem> problems) {
        JsonNode node;
        try {
            node = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new DataFileException(file + ": not well-formed JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject() || !node.has("cveMetadata")) {
            throw new DataFileException(file + ": not a CVE JSON 5 record (it has no \"cveMetadata\")");
        }
        return take(file, 1, node, sink, problems) ? new NvdJsonReader.Counts(1, 0) : new NvdJsonReader.Counts(0, 1);
    }

    /** One record per line; blank lines are skipped. */
    public static NvdJsonReader.Counts readLines(String file, InputStream in, Consumer<Vulnerability> sink,
                                                 Consumer<RecordProblem> problems) {
        long read = 0;
        long skipped = 0;
        long n = 0;
        try (Reader r = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            boolean more = true;
            while (more) {
                int c = r.read();
                if (c != '\n' && c != -1) {
                    if (line.length() < MAX_LINE_CHARS) {
                        line.append((char) c);
                    } else {
                        tooLong = true;
                    }
                    continue;
                }
                more = c != -1;
                if (line.isEmpty() || line.toString().isBlank()) {
                    line.setLength(0);
                    continue;
                }
                n++;
                if (tooLong) {
                    problems.accept(new RecordProblem(file, n, null, "the line is longer than " + MAX_LINE_CHARS
                            + " characters"));
                    skipped++;
                } else {
                    JsonNode node = null;
                    String error = null;
                    try {
                        node = JSON.readTree(line.toString());
                    } catch (JacksonException e) {
                        error = "not well-formed JSON: " + e.getOriginalMessage();
                    }
                    if (node != null && !node.has("cveMetadata")) {
                        error = "not a CVE JSON 5 record (it has no \"cveMetadata\")";
                    }
                    if (error != null) {
                        problems.accept(new RecordProblem(file, n, null, error));
                        skipped++;
                    } else if (take(file, n, node, sink, problems)) {
                        read++;
                    } else {
                        skipped++;
                    }
                }
                line.setLength(0);
                tooLong = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return new NvdJsonReader.Counts(read, skipped);
    }

    private static boolean take(String file, long n, JsonNode record, Consumer<Vulnerability> sink,
                                Consumer<RecordProblem> problems) {
        String id = text(record.path("cveMetadata"), "cveId");
        try {
            sink.accept(vulnerability(record));
            return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.accept(new RecordProblem(file, n, id, e.getMessage()));
            return false;
        }
    }

    static Vulnerability vulnerability(JsonNode record) {
        JsonNode meta = record.path("cveMetadata");
        String id = text(meta, "cveId");
        if (id == null) {
            throw new IllegalArgumentException("the record has no cveMetadata.cveId");
        }
        JsonNode cna = record.path("containers").path("cna");
        List<JsonNode> containers = new ArrayList<>();
        containers.add(cna);
        record.path("containers").path("adp").forEach(containers::add);

        String description = null;
        for (JsonNode d : cna.path("descriptions")) {
            String lang = text(d, "lang");
            if (lang != null && lang.toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                description = text(d, "value");
                break;
            }
        }
        List<CvssScore> cvss = new ArrayList<>();
        List<String> cwes = new ArrayList<>();
        List<AffectedProduct> affected = new ArrayList<>();
        for (JsonNode c : containers) {
            String source = text(c.path("providerMetadata"), "shortName");
            for (JsonNode m : c.path("metrics")) {
                for (String key : List.of("cvssV4_0", "cvssV3_1", "cvssV3_0", "cvssV2_0")) {
                    JsonNode data = m.path(key);
                    if (data.path("baseScore").isNumber()) {
                        cvss.add(new CvssScore(text(data, "version"), text(data, "vectorString"),
                                data.path("baseScore").asDouble(), text(data, "baseSeverity"), source, false));
                    }
                }
            }
            for (JsonNode p : c.path("problemTypes")) {
                for (JsonNode d : p.path("descriptions")) {
                    String cwe = text(d, "cweId");
                    if (cwe != null && !cwes.contains(cwe)) {
                        cwes.add(cwe);
                    }
                }
            }
            for (JsonNode a : c.path("affected")) {
                affected.add(affected(a));
            }
        }
        return new Vulnerability(id, description, NvdJsonReader.instant(text(meta, "datePublished")),
                NvdJsonReader.instant(text(meta, "dateUpdated")), text(meta, "state"), cvss, cwes,
                Cve5Configurations.of(affected), affected);
    }

    private static AffectedProduct affected(JsonNode a) {
        List<AffectedProduct.AffectedVersion> versions = new ArrayList<>();
        for (JsonNode v : a.path("versions")) {
            versions.add(new AffectedProduct.AffectedVersion(text(v, "version"), text(v, "status"),
                    text(v, "lessThan"), text(v, "lessThanOrEqual"), text(v, "versionType")));
        }
        List<String> cpes = new ArrayList<>();
        for (JsonNode c : a.path("cpes")) {
            if (c.isString()) {
                cpes.add(c.asString());
            }
        }
        return new AffectedProduct(text(a, "vendor"), text(a, "product"), text(a, "defaultStatus"), versions, cpes);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() ? v.asString() : null;
    }
}
