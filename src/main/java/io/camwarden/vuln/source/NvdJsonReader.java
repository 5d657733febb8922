package io.camwarden.vuln.source;

import io.camwarden.domain.vuln.ConfigNode;
import io.camwarden.domain.vuln.Configuration;
import io.camwarden.domain.vuln.CpeMatch;
import io.camwarden.domain.vuln.CvssScore;
import io.camwarden.domain.vuln.Operator;
import io.camwarden.domain.vuln.Vulnerability;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams CVE records out of NVD CVE API 2.0 JSON: a whole API response or yearly feed
 * ({@code {"format": "NVD_CVE", "vulnerabilities": [{"cve": {...}}, ...]}}), or a file holding one CVE
 * ({@code {"cve": {...}}}, or the CVE object itself). Only one record is in memory at a time, so a feed of
 * any size reads in constant memory; a record is at most {@link #MAX_RECORD_CHARS} characters of JSON
 * text per string and nesting is bounded.
 *
 * <p>A record that does not make sense (no id, a score out of range) is handed to {@code problems} and
 * skipped; JSON that is not well formed, or a file that is not NVD JSON at all, throws
 * {@link DataFileException} naming the place.
 */
public final class NvdJsonReader {

    static final int MAX_RECORD_CHARS = 20_000_000;
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_RECORD_CHARS).maxNestingDepth(64).build())
            .build()).build();

    private NvdJsonReader() {
    }

    /**
     * Reads every CVE of {@code in}, giving each to {@code sink} in file order.
     *
     * @param file name of the file, for messages
     * @return how many records were read (given to {@code sink}) and how many skipped
     */
    public static Counts read(String file, InputStream in, Consumer<Vulnerability> sink,
                              Consumer<RecordProblem> problems) {
        long read = 0;
        long skipped = 0;
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DataFileException(file + ": not NVD CVE JSON (expected a JSON object)");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("vulnerabilities".equals(field) && value == JsonToken.START_ARRAY) {
                    long n = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        n++;
                        JsonNode item = p.readValueAsTree();
                        JsonNode cve = item.path("cve");
                        if (take(file, n, cve, sink, problems)) {
                            read++;
                        } else {
                            skipped++;
                        }
                    }
                } else if ("cve".equals(field) && value == JsonToken.START_OBJECT) {
                    // one-CVE file: {"cve": {...}}
                    if (take(file, 1, p.readValueAsTree(), sink, problems)) {
                        read++;
                    } else {
                        skipped++;
                    }
                } else if ("id".equals(field) && value == JsonToken.VALUE_STRING && read == 0 && skipped == 0) {
                    // the CVE object itself: read the rest of it as a tree and put the id back
                    String id = p.getString();
                    var rest = JSON.createObjectNode();
                    rest.put("id", id);
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        rest.set(name, p.readValueAsTree());
                    }
                    if (take(file, 1, rest, sink, problems)) {
                        read++;
                    } else {
                        skipped++;
                    }
                    break;
                } else {
                    p.skipChildren();
                }
            }
        } catch (JacksonException e) {
            var loc = e.getLocation();
            throw new DataFileException(file + ": not well-formed JSON"
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + " after " + (read + skipped) + " records: " + e.getOriginalMessage(), e);
        }
        return new Counts(read, skipped);
    }

    /** Records given to the sink, and records skipped as problems. */
    public record Counts(long read, long skipped) {
    }

    private static boolean take(String file, long n, JsonNode cve, Consumer<Vulnerability> sink,
                                Consumer<RecordProblem> problems) {
        String id = cve.path("id").isString() ? cve.path("id").asString() : null;
        try {
            sink.accept(vulnerability(cve));
            return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.accept(new RecordProblem(file, n, id, e.getMessage()));
            return false;
        }
    }

    /** The record of one NVD {@code cve} object. */
    static Vulnerability vulnerability(JsonNode cve) {
        String id = text(cve, "id");
        if (id == null) {
            throw new IllegalArgumentException("the record has no \"id\"");
        }
        String description = null;
        for (JsonNode d : cve.path("descriptions")) {
            if ("en".equals(text(d, "lang"))) {
                description = text(d, "value");
                break;
            }
        }
        List<CvssScore> cvss = new ArrayList<>();
        JsonNode metrics = cve.path("metrics");
        for (String key : List.of("cvssMetricV40", "cvssMetricV31", "cvssMetricV30", "cvssMetricV2")) {
            for (JsonNode m : metrics.path(key)) {
                JsonNode data = m.path("cvssData");
                if (!data.path("baseScore").isNumber()) {
                    continue;
                }
                String severity = text(data, "baseSeverity");
                if (severity == null) {
                    severity = text(m, "baseSeverity"); // CVSS 2.0 keeps it beside cvssData
                }
                cvss.add(new CvssScore(text(data, "version"), text(data, "vectorString"),
                        data.path("baseScore").asDouble(), severity, text(m, "source"),
                        "Primary".equalsIgnoreCase(text(m, "type"))));
            }
        }
        List<String> cwes = new ArrayList<>();
        for (JsonNode w : cve.path("weaknesses")) {
            for (JsonNode d : w.path("description")) {
                String v = text(d, "value");
                if (v != null && !cwes.contains(v)) {
                    cwes.add(v);
                }
            }
        }
        List<Configuration> configurations = new ArrayList<>();
        for (JsonNode c : cve.path("configurations")) {
            List<ConfigNode> nodes = new ArrayList<>();
            for (JsonNode n : c.path("nodes")) {
                List<CpeMatch> matches = new ArrayList<>();
                for (JsonNode m : n.path("cpeMatch")) {
                    matches.add(new CpeMatch(m.path("vulnerable").asBoolean(false), text(m, "criteria"),
                            text(m, "versionStartIncluding"), text(m, "versionStartExcluding"),
                            text(m, "versionEndIncluding"), text(m, "versionEndExcluding"),
                            text(m, "matchCriteriaId")));
                }
                nodes.add(new ConfigNode(operator(text(n, "operator")), n.path("negate").asBoolean(false), matches));
            }
            configurations.add(new Configuration(operator(text(c, "operator")), c.path("negate").asBoolean(false),
                    nodes));
        }
        return new Vulnerability(id, description, instant(text(cve, "published")), instant(text(cve, "lastModified")),
                text(cve, "vulnStatus"), cvss, cwes, configurations, List.of());
    }

    private static Operator operator(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Operator.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("operator must be AND or OR, was \"" + s + "\"");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() ? v.asString() : null;
    }

    /** NVD writes local date-times without a zone ("2021-09-18T13:15:07.393"), meaning UTC. */
    static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        }
    }
}
