package io.camwarden.vuln.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads which version of its source a data file is, from the file itself, so the manifest can say what
 * a bundle carries without the publisher typing it: an NVD API 2.0 file's {@code timestamp}, a KEV
 * catalog's {@code catalogVersion}, an EPSS file's {@code #model_version:...,score_date:...} first line.
 * Only the head of a file is read: these fields come before the data. Files without a version (CSV KEV,
 * CVE JSON 5) give none; {@code --source name=version} covers them.
 */
final class SourceVersions {

    /** A source and its version, e.g. ("kev", "2025.08.25"). */
    record SourceVersion(String source, String version) {
    }

    private static final int MAX_FIELD = 200;
    private static final int MAX_FIRST_LINE = 1024;

    private SourceVersions() {
    }

    static Optional<SourceVersion> detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        try (InputStream in = open(file, name.endsWith(".gz"))) {
            if (plain.endsWith(".json")) {
                return fromJsonHead(in);
            }
            if (plain.endsWith(".csv")) {
                return fromEpssFirstLine(in);
            }
        } catch (IOException | JacksonException e) {
            // not readable as what its name says: the importer will say so; the manifest just lacks a version
        }
        return Optional.empty();
    }

    private static InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(file);
        return gzip ? new GZIPInputStream(in) : in;
    }

    /** Top-level text fields before the first top-level array or object. */
    private static Optional<SourceVersion> fromJsonHead(InputStream in) {
        Map<String, String> head = new HashMap<>();
        try (JsonParser p = ManifestJson.JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
                    break;
                }
                if (value == JsonToken.VALUE_STRING && p.getString().length() <= MAX_FIELD) {
                    head.put(field, p.getString());
                }
            }
        }
        if ("NVD_CVE".equals(head.get("format")) && head.containsKey("timestamp")) {
            return Optional.of(new SourceVersion("nvd", head.get("timestamp")));
        }
        if (head.containsKey("catalogVersion")) {
            return Optional.of(new SourceVersion("kev", head.get("catalogVersion")));
        }
        return Optional.empty();
    }

    /** EPSS files begin with "#model_version:v2025.03.14,score_date:2026-08-16T00:00:00+0000". */
    private static Optional<SourceVersion> fromEpssFirstLine(InputStream in) throws IOException {
        String head = new String(in.readNBytes(MAX_FIRST_LINE), StandardCharsets.UTF_8);
        if (!head.startsWith("#")) {
            return Optional.empty();
        }
        String line = head.substring(1).lines().findFirst().orElse("");
        Map<String, String> fields = new HashMap<>();
        for (String part : line.split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                fields.put(part.substring(0, colon).strip(), part.substring(colon + 1).strip());
            }
        }
        if (!fields.containsKey("model_version") && !fields.containsKey("score_date")) {
            return Optional.empty();
        }
        String version = (fields.getOrDefault("model_version", "") + " " + fields.getOrDefault("score_date", ""))
                .strip();
        return Optional.of(new SourceVersion("epss", version));
    }
}
