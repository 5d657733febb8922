package io.camwarden.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.Fixtures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Registry records for check tests, created through the real API as the administrator, and assessments run
 * and read back through it.
 */
final class CheckFixtures {

    final Api admin;

    CheckFixtures(int port) {
        this.admin = Api.admin(port);
    }

    long organization(String name, String kind, Long parentId, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("name", Fixtures.unique(name), "kind", kind));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        if (email != null) {
            body.put("contacts", List.of(Map.of("name", "Duty desk", "email", email, "language", "vi")));
        }
        return created(admin.post("/api/v1/organizations", body));
    }

    /** A system with a complete, approved dossier and a recent assessment: it passes INV-02, GOV-01 and GOV-02. */
    long approvedSystem(long organizationId, int level) {
        return system(organizationId, level, "HSĐX-" + level, LocalDate.now().minusDays(100), "Sở TT&TT",
                LocalDate.now().minusDays(30));
    }

    long system(long organizationId, Integer level, String dossier, LocalDate approvedOn, String approvedBy,
                LocalDate lastAssessment) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organizationId, "name",
                Fixtures.unique("System")));
        put(body, "securityLevel", level);
        put(body, "dossierReference", dossier);
        put(body, "dossierApprovedOn", approvedOn);
        put(body, "dossierApprovedBy", approvedBy);
        put(body, "lastAssessmentOn", lastAssessment);
        return created(admin.post("/api/v1/information-systems", body));
    }

    /** A compliant Axis camera in the given system; {@code changes} replace fields (null values clear them). */
    Map<String, Object> goodCamera(long owner, Long system) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "CAMERA");
        body.put("vendor", "Axis");
        body.put("model", "P3245-LV");
        body.put("firmware", "10.12.114");
        body.put("serial", Fixtures.unique("SN").replace(' ', '-'));
        body.put("ownerOrganizationId", owner);
        body.put("informationSystemId", system);
        body.put("certificateOrigin", "CO-2025-001");
        body.put("certificateQuality", "CQ-2025-001");
        body.put("qcvn135", "QCVN135-0042");
        body.put("installedOn", "2026-02-01");
        body.put("endOfSupport", "2099-12-31");
        return body;
    }

    long device(Map<String, Object> body) {
        return created(admin.post("/api/v1/devices", body));
    }

    void update(long deviceId, Map<String, Object> body) {
        Api.Response r = admin.put("/api/v1/devices/" + deviceId, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** Runs an assessment as {@code api} and answers its summary. */
    static JsonNode assess(Api api, Long deviceId) {
        Map<String, Object> body = new HashMap<>();
        put(body, "deviceId", deviceId);
        Api.Response r = api.post("/api/v1/assessments", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** The results of one assessment for one device, by check ID. */
    static Map<String, JsonNode> results(Api api, long assessmentId, long deviceId) {
        JsonNode page = api.get("/api/v1/assessments/" + assessmentId + "/results?size=1000&deviceId=" + deviceId).json();
        Map<String, JsonNode> byCheck = new LinkedHashMap<>();
        page.get("items").forEach(r -> byCheck.put(r.get("checkId").asString(), r));
        return byCheck;
    }

    /** Runs an assessment of one device as the administrator and answers its results by check ID. */
    Map<String, JsonNode> assessDevice(long deviceId) {
        return results(admin, assess(admin, deviceId).get("id").asLong(), deviceId);
    }

    static String outcome(Map<String, JsonNode> results, String checkId) {
        return results.get(checkId).get("outcome").asString();
    }

    static String summary(Map<String, JsonNode> results, String checkId) {
        return results.get(checkId).get("evidence").get("summary").asString();
    }

    /** "name=value" for every fact of a result's evidence. */
    static List<String> facts(Map<String, JsonNode> results, String checkId) {
        List<String> out = new java.util.ArrayList<>();
        results.get(checkId).get("evidence").get("facts").forEach(f -> out.add(f.get("name").asString() + "="
                + f.get("value").asString()));
        return out;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v instanceof LocalDate d ? d.toString() : v);
        }
    }

    static long created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }
}
