package io.camwarden.vuln.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which vulnerability data a file holds, told by its name's extension ({@code .json}, {@code .jsonl},
 * {@code .csv}, each optionally {@code .gz}) and then by its content: the top-level fields of JSON, the
 * first record of JSON Lines, the header of CSV. A file none of them fits is not vulnerability data (a
 * licence, a README) and {@link #of} answers null.
 *
 * <p>The kind also says what a file is of its source. NVD and CVE JSON 5 files are <b>increments</b>: a feed
 * year, an API page or one file per CVE, never the whole of NVD, so a CVE a file does not list is simply not
 * in it. KEV, EPSS and advisory files are <b>snapshots</b>: CISA publishes the whole catalog, FIRST the whole
 * day's score set, a publisher its whole advisory list, so what such a file no longer lists has left the
 * source (docs/vulnerabilities.md, "Snapshots and increments").
 */
public enum DataFileKind {
    NVD_JSON("NVD CVE API 2.0 JSON", "nvd", false),
    CVE5_JSON("CVE JSON 5 record", "cve5", false),
    CVE5_JSONL("CVE JSON 5 records, one per line", "cve5", false),
    KEV_JSON("CISA KEV catalog (JSON)", "kev", true),
    KEV_CSV("CISA KEV catalog (CSV)", "kev", true),
    EPSS_CSV("FIRST EPSS scores (CSV)", "epss", true),
    ADVISORY_CSV("CamWarden vendor advisories (CSV)", "advisories", true);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final String description;
    /** The source the file belongs to, as the manifest's source versions name it: nvd, cve5, kev, epss, advisories. */
    public final String source;
    /** Whether a file of this kind is its source's whole current list (true) or an increment of it (false). */
    public final boolean snapshot;

    DataFileKind(String description, String source, boolean snapshot) {
        this.description = description;
        this.source = source;
        this.snapshot = snapshot;
    }

    /** The kind of {@code file}, or null when it is no vulnerability data CamWarden reads. */
    public static DataFileKind of(Path file) throws IOException {
        String name = DataFiles.contentName(file.getFileName().toString());
        try (InputStream in = DataFiles.open(file)) {
            if (name.endsWith(".json")) {
                return json(in);
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                String first = firstLine(in, false);
                return first != null && first.contains("\"cveMetadata\"") ? CVE5_JSONL : null;
            }
            if (name.endsWith(".csv")) {
                String header = firstLine(in, true);
                if (header == null) {
                    return null;
                }
                String h = header.strip().toLowerCase(Locale.ROOT).replace("\"", "");
                if (h.startsWith("cve,epss,percentile")) {
                    return EPSS_CSV;
                }
                if (h.startsWith("cveid,vendorproject,product")) {
                    return KEV_CSV;
                }
                if (h.startsWith("advisory,")) {
                    return ADVISORY_CSV;
                }
            }
            return null;
        }
    }

    private static DataFileKind json(InputStream in) {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "catalogVersion":
                        return KEV_JSON;
                    case "resultsPerPage", "totalResults", "cve":
                        return NVD_JSON;
                    case "format":
                        if (value == JsonToken.VALUE_STRING && p.getString().startsWith("NVD_CVE")) {
                            return NVD_JSON;
                        }
                        break;
                    case "cveMetadata":
                        return CVE5_JSON;
                    case "dataType":
                        if (value == JsonToken.VALUE_STRING && "CVE_RECORD".equals(p.getString())) {
                            return CVE5_JSON;
                        }
                        break;
                    case "id":
                        if (value == JsonToken.VALUE_STRING && p.getString().startsWith("CVE-")) {
                            return NVD_JSON; // the NVD cve object itself
                        }
                        break;
                    case "vulnerabilities":
                        if (value == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT
                                && p.nextToken() == JsonToken.PROPERTY_NAME) {
                            return "cveID".equals(p.currentName()) ? KEV_JSON : NVD_JSON;
                        }
                        return null;
                    default:
                        break;
                }
                p.skipChildren();
            }
            return null;
        } catch (JacksonException e) {
            return null; // not JSON: the readers of the kinds would refuse it anyway
        }
    }

    /** The first line, skipping blank lines and (for CSV) {@code #} comment lines such as EPSS's model line. */
    private static String firstLine(InputStream in, boolean skipComments) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null && n++ < 100) {
            if (!line.isBlank() && !(skipComments && line.startsWith("#"))) {
                return line.startsWith("\uFEFF") ? line.substring(1) : line;
            }
        }
        return null;
    }
}
