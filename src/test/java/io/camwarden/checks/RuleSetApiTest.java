package io.camwarden.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.cli.RootCommand;
import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The regulator adopts a new rule-set version through the API and the CLI without a release: bad files are
 * refused whole with every problem named by row and column, a new version changes the severity and
 * applicability of new results (old results keep the version that decided them), and an earlier version can
 * be made active again. Runs against its own database: it changes the active rule set.
 */
@CamWardenTest
@TestPropertySource(properties = "camwarden.test.isolation=rules")
class RuleSetApiTest {

    @LocalServerPort
    int port;
    @Value("${spring.datasource.url}")
    String dbUrl;
    @Value("${spring.datasource.username}")
    String dbUser;
    @TempDir
    Path tmp;

    /** The shipped catalogue with some cells replaced: check ID → (column → new value). */
    static String edited(Map<String, Map<String, String>> changes) throws IOException {
        var in = new java.io.StringReader(new String(RuleSetService.shippedFile(), StandardCharsets.UTF_8));
        var format = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        StringBuilder out = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader(RuleSetParser.COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get())) {
            for (var r : format.parse(in)) {
                Map<String, String> row = new HashMap<>(r.toMap());
                row.putAll(changes.getOrDefault(r.get("check_id"), Map.of()));
                printer.printRecord(RuleSetParser.COLUMNS.stream().map(row::get).toList());
            }
        }
        return out.toString();
    }

    private Api.Response upload(Api api, String csv, String query) {
        return api.send("POST", "/api/v1/rule-sets" + query, "text/csv", csv);
    }

    private static int activeVersion(Api api) {
        for (JsonNode r : api.get("/api/v1/rule-sets").json()) {
            if (r.get("active").asBoolean()) {
                return r.get("version").asInt();
            }
        }
        throw new AssertionError("no active rule set");
    }

    @Test
    void versionOneIsTheShippedCatalogueWithHowEachCheckIsDecided() {
        Api admin = Api.admin(port);
        JsonNode v1 = admin.get("/api/v1/rule-sets/1").json();
        assertThat(v1.get("ruleSet").get("origin").asString()).contains("shipped in the jar");
        assertThat(v1.get("ruleSet").get("adoptedBy").asString()).isEqualTo("camwarden");
        assertThat(v1.get("ruleSet").get("checkCount").asInt()).isEqualTo(50);
        assertThat(v1.get("ruleSet").get("sha256").asString()).isEqualTo(RuleSetService.sha256(RuleSetService.shippedFile()));

        JsonNode checks = admin.get("/api/v1/checks").json().get("checks");
        assertThat(checks).hasSize(50);
        Map<String, JsonNode> byId = new HashMap<>();
        checks.forEach(c -> byId.put(c.get("check").get("id").asString(), c));
        JsonNode auth10 = byId.get("AUTH-10");
        assertThat(auth10.get("check").get("severity").get("text").asString()).isEqualTo("High (L3+) / Medium (L1-2)");
        assertThat(auth10.get("check").get("severity").get("byLevel")).hasSize(2);
        assertThat(auth10.get("check").get("minLevel").get("alternatives").get(0).get("level").asInt()).isEqualTo(3);
        assertThat(auth10.get("implementation").get("status").asString()).isEqualTo("COLLECTED");
        assertThat(auth10.get("implementation").get("collectedBy").asString()).contains("questionnaire");
        assertThat(byId.get("INV-05").get("implementation").get("status").asString()).isEqualTo("IMPLEMENTED");
        assertThat(byId.get("FW-01").get("implementation").get("status").asString()).isEqualTo("IMPLEMENTED");
        assertThat(byId.get("FW-01").get("implementation").get("how").asString()).contains("firmware register");
        assertThat(byId.get("INV-05").get("check").get("source").asString()).contains("criteria.md");
    }

    @Test
    void everyEndpointIsDocumentedInOpenApi() {
        JsonNode paths = Api.anonymous(port).get("/v3/api-docs").json().get("paths");
        Map<String, List<String>> expected = Map.of("/api/v1/checks", List.of("get"),
                "/api/v1/rule-sets", List.of("get", "post"), "/api/v1/rule-sets/{version}", List.of("get"),
                "/api/v1/rule-sets/{version}/activate", List.of("post"),
                "/api/v1/warned-vendors", List.of("get", "post"), "/api/v1/warned-vendors/{id}/retire", List.of("post"),
                "/api/v1/assessments", List.of("get", "post"), "/api/v1/assessments/{id}/results", List.of("get"),
                "/api/v1/findings", List.of("get"), "/api/v1/findings/{id}/accept-risk", List.of("post", "delete"));
        expected.forEach((path, methods) -> methods.forEach(m -> assertThat(paths.path(path).path(m).path("summary")
                .asString("")).as(m + " " + path).isNotBlank()));
        assertThat(paths.path("/api/v1/devices/{id}/findings").path("get").path("summary").asString("")).isNotBlank();
        assertThat(paths.path("/api/v1/findings/{id}/results").path("get").path("summary").asString("")).isNotBlank();
    }

    @Test
    void onlyTheRegulatorAdoptsAndABadFileIsRefusedWhole() throws IOException {
        Api admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        long org = fx.organization(Fixtures.unique("Owner"), "OWNER", null);
        Api owner = fx.user("OWNER", org, null);
        int before = admin.get("/api/v1/rule-sets").json().size();

        Api.Response denied = upload(owner, edited(Map.of()), "");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().get("detail").asString()).contains("only REGULATOR and ADMIN");

        String bad = edited(Map.of("INV-02", Map.of("severity", "Severe"), "INV-04", Map.of("min_level", "0")));
        Api.Response refused = upload(fx.user("REGULATOR", null, null), bad, "");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactly("row 2 (line 3), column severity", "row 4 (line 5), column min_level");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("'Severe'")
                .contains("Critical, High, Medium or Low");
        assertThat(admin.get("/api/v1/rule-sets").json().size()).as("nothing adopted").isEqualTo(before);

        Api.Response same = upload(admin, new String(RuleSetService.shippedFile(), StandardCharsets.UTF_8), "");
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.json().get("detail").asString()).contains("identical to rule set version 1")
                .contains("/api/v1/rule-sets/1/activate");
    }

    @Test
    void aNewVersionChangesSeverityAndApplicabilityOfNewResultsOnly() throws IOException {
        Api admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        long owner = fx.organization(Fixtures.unique("Owner"), "OWNER", null);
        long system = admin.post("/api/v1/information-systems", Map.of("organizationId", owner, "name",
                Fixtures.unique("Level 2 system"), "securityLevel", 2, "dossierReference", "HS-2",
                "dossierApprovedOn", LocalDate.now().minusDays(5).toString(), "dossierApprovedBy", "Sở",
                "lastAssessmentOn", LocalDate.now().minusDays(5).toString())).id();
        long device = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("RS").replace(' ', '-'), "vendor", "Axis", "informationSystemId", system)).id();
        int original = activeVersion(admin);
        try {
            Map<String, JsonNode> before = results(admin, device);
            assertThat(before.get("INV-03").get("severity").asString()).isEqualTo("MEDIUM");
            assertThat(before.get("INV-03").get("ruleSetVersion").asInt()).isEqualTo(original);
            assertThat(before.get("INV-02").get("outcome").asString()).isEqualTo("PASS");

            String v2 = edited(Map.of("INV-03", Map.of("severity", "Critical"), "INV-02", Map.of("min_level", "3")));
            Api.Response adopted = upload(admin, v2, "?fileName=decision-42.csv&note=Decision%2042");
            assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
            int version = adopted.json().get("version").asInt();
            assertThat(version).isGreaterThan(original);
            assertThat(adopted.json().get("active").asBoolean()).isTrue();
            assertThat(adopted.json().get("origin").asString()).isEqualTo("upload decision-42.csv");
            assertThat(adopted.json().get("adoptedBy").asString()).isEqualTo("admin");
            assertThat(adopted.json().get("note").asString()).isEqualTo("Decision 42");
            assertThat(adopted.headers().firstValue("Location")).hasValue("/api/v1/rule-sets/" + version);

            Map<String, JsonNode> after = results(admin, device);
            assertThat(after.get("INV-03").get("severity").asString()).isEqualTo("CRITICAL");
            assertThat(after.get("INV-03").get("ruleSetVersion").asInt()).isEqualTo(version);
            assertThat(after.get("INV-02").get("outcome").asString()).as("now applies from level 3")
                    .isEqualTo("NOT_APPLICABLE");
            JsonNode finding = admin.get("/api/v1/findings?deviceId=" + device + "&checkId=INV-03").json()
                    .get("items").get(0);
            assertThat(finding.get("severity").asString()).isEqualTo("CRITICAL");
            assertThat(finding.get("ruleSetVersion").asInt()).isEqualTo(version);
            JsonNode history = admin.get("/api/v1/findings/" + finding.get("id").asLong() + "/results").json();
            assertThat(history).extracting(r -> r.get("severity").asString() + "@v" + r.get("ruleSetVersion").asInt())
                    .as("earlier results keep the version that decided them")
                    .containsExactly("CRITICAL@v" + version, "MEDIUM@v" + original);

            Api.Response back = admin.post("/api/v1/rule-sets/" + original + "/activate", Map.of());
            assertThat(back.status()).isEqualTo(200);
            assertThat(activeVersion(admin)).isEqualTo(original);
            assertThat(results(admin, device).get("INV-03").get("severity").asString()).isEqualTo("MEDIUM");
            assertThat(admin.get("/api/v1/audit-log?action=rule_set.*&size=100").json().get("total").asInt())
                    .isGreaterThanOrEqualTo(3);
        } finally {
            admin.post("/api/v1/rule-sets/" + original + "/activate", Map.of());
        }
    }

    private Map<String, JsonNode> results(Api admin, long device) {
        Api.Response run = admin.post("/api/v1/assessments", Map.of("deviceId", device));
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        Map<String, JsonNode> byCheck = new HashMap<>();
        admin.get("/api/v1/assessments/" + run.id() + "/results?size=100").json().get("items")
                .forEach(r -> byCheck.put(r.get("checkId").asString(), r));
        return byCheck;
    }

    @Test
    void theCliImportsAndListsVersions() throws IOException {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, String.join(",", RuleSetParser.COLUMNS) + "\nINV-02,Inventory,T,o,p,Hihg,1,,,,,\n");
        Cli refused = cli("rules", "import", bad.toString());
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains("is not a valid rule set; nothing was adopted")
                .contains("row 1 (line 2), column severity: 'Hihg'");

        Path good = tmp.resolve("rules-2026.csv");
        Files.writeString(good, edited(Map.of("DAT-04", Map.of("severity", "Medium"))));
        Cli adopted = cli("rules", "import", good.toString(), "--note", "draft", "--no-activate");
        assertThat(adopted.exit()).as(adopted.toString()).isZero();
        assertThat(adopted.out()).contains("adopted rule set version").contains("50 checks").contains("not active");

        Cli list = cli("rules", "list");
        assertThat(list.exit()).as(list.toString()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("version  active"));
        assertThat(lines).anyMatch(l -> l.contains("file rules-2026.csv") && l.contains("cli:"));
        assertThat(lines).anyMatch(l -> l.startsWith("1 ") && l.contains("shipped in the jar"));
    }

    private Cli cli(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", dbUrl, "--db-user", dbUser, "--data-dir", "target/test-data"));
        return Cli.run(all.toArray(String[]::new));
    }

    /** `camwarden ...` run in this JVM, with what it printed. */
    record Cli(int exit, String out, String err) {

        static synchronized Cli run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int exit = RootCommand.commandLine().execute(args);
                return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }
}
