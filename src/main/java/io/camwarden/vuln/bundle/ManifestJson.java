package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.BundleFile;
import io.camwarden.domain.vuln.BundleManifest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * manifest.json, the signed part of a bundle:
 * <pre>
 * {"format": "camwarden-bundle/1", "name": "...", "createdAt": "2026-11-22T06:00:00Z",
 *  "sources": {"nvd": "2026-11-22T00:00:00.000", "kev": "2025.08.25"},
 *  "files": [{"path": "kev/known_exploited_vulnerabilities.json", "size": 1257565, "sha256": "..."}]}
 * </pre>
 * The signature covers the file's bytes exactly as stored, so reading never needs a canonical JSON form.
 */
final class ManifestJson {

    static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ManifestJson() {
    }

    static byte[] write(BundleManifest m) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", m.format());
        root.put("name", m.name());
        root.put("createdAt", m.createdAt().toString());
        ObjectNode sources = root.putObject("sources");
        m.sources().forEach(sources::put);
        ArrayNode files = root.putArray("files");
        for (BundleFile f : m.files()) {
            files.addObject().put("path", f.path()).put("size", f.size()).put("sha256", f.sha256());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** Reads a manifest; a manifest that is not well-formed is refused as {@link Refusal#BAD_MANIFEST}. */
    static BundleManifest read(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw bad("it is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw bad("it is not a JSON object");
        }
        Map<String, String> sources = new LinkedHashMap<>();
        JsonNode s = root.path("sources");
        if (!s.isMissingNode() && !s.isObject()) {
            throw bad("sources must be an object of name: version");
        }
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            if (!e.getValue().isString()) {
                throw bad("source '" + e.getKey() + "' must have a text version");
            }
            sources.put(e.getKey(), e.getValue().stringValue());
        }
        JsonNode filesNode = root.path("files");
        if (!filesNode.isArray()) {
            throw bad("files must be a list");
        }
        List<BundleFile> files = new ArrayList<>();
        for (JsonNode f : filesNode) {
            if (!f.isObject() || !f.path("path").isString() || !f.path("size").canConvertToExactIntegral()
                    || !f.path("sha256").isString()) {
                throw bad("files[" + files.size() + "] needs a text path, a whole-number size and a text sha256");
            }
            files.add(new BundleFile(f.get("path").stringValue(), f.get("size").longValue(),
                    f.get("sha256").stringValue()));
        }
        return new BundleManifest(text(root, "format"), text(root, "name"), instant(root), sources, files);
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.path(field);
        if (!n.isString()) {
            throw bad(field + " must be text");
        }
        return n.stringValue();
    }

    private static Instant instant(JsonNode root) {
        String t = text(root, "createdAt");
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw bad("createdAt '" + t + "' is not an ISO-8601 instant such as 2026-11-22T06:00:00Z");
        }
    }

    private static BundleRefusedException bad(String why) {
        return new BundleRefusedException(Refusal.BAD_MANIFEST, "manifest.json is malformed: " + why);
    }
}
