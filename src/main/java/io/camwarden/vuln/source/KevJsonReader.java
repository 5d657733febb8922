package io.camwarden.vuln.source;

import io.camwarden.domain.vuln.KevEntry;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams CISA's Known Exploited Vulnerabilities catalog in its JSON form
 * ({@code {"catalogVersion": ..., "vulnerabilities": [{"cveID", "vendorProject", "product", "vulnerabilityName",
 * "dateAdded", "dueDate", "requiredAction", "knownRansomwareCampaignUse", "notes"}, ...]}}), one entry in
 * memory at a time. An entry without a CVE id or with a date that is no date is handed to {@code problems}
 * and skipped; a file that is not the catalog throws {@link DataFileException}.
 */
public final class KevJsonReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KevJsonReader() {
    }

    /** @return the catalog's version ("2025.08.25"), or null when the file does not state it */
    public static String read(String file, InputStream in, Consumer<KevEntry> sink, Consumer<RecordProblem> problems) {
        String version = null;
        boolean sawList = false;
        long n = 0;
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DataFileException(file + ": not the CISA KEV catalog (expected a JSON object)");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("catalogVersion".equals(field) && value == JsonToken.VALUE_STRING) {
                    version = p.getString();
                } else if ("vulnerabilities".equals(field) && value == JsonToken.START_ARRAY) {
                    sawList = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        n++;
                        JsonNode entry = p.readValueAsTree();
                        String id = text(entry, "cveID");
                        try {
                            sink.accept(entry(entry));
                        } catch (IllegalArgumentException | DateTimeParseException e) {
                            problems.accept(new RecordProblem(file, n, id, e.getMessage()));
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JacksonException e) {
            var loc = e.getLocation();
            throw new DataFileException(file + ": not well-formed JSON"
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + " after " + n + " entries: " + e.getOriginalMessage(), e);
        }
        if (!sawList) {
            throw new DataFileException(file + ": not the CISA KEV catalog (it has no \"vulnerabilities\" list);"
                    + " give known_exploited_vulnerabilities.json as CISA publishes it");
        }
        return version;
    }

    static KevEntry entry(JsonNode e) {
        String id = text(e, "cveID");
        if (id == null || !id.matches("CVE-\\d{4}-\\d{4,}")) {
            throw new IllegalArgumentException("cveID is missing or not a CVE id: " + id);
        }
        return new KevEntry(id, text(e, "vendorProject"), text(e, "product"), text(e, "vulnerabilityName"),
                date(e, "dateAdded"), date(e, "dueDate"), text(e, "requiredAction"),
                "Known".equalsIgnoreCase(text(e, "knownRansomwareCampaignUse")), text(e, "notes"));
    }

    private static LocalDate date(JsonNode e, String field) {
        String s = text(e, field);
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() ? v.asString() : null;
    }
}
