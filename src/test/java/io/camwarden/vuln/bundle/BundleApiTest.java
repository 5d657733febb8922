package io.camwarden.vuln.bundle;

import io.camwarden.support.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Bundles through the REST API and `bundle import --server`, end to end, with a trusted key configured. */
@CamWardenTest
@Import(RecordingImporter.class)
class BundleApiTest {

    private static final Path DIR;
    private static final TestBundles.Keys PUBLISHER;

    static {
        try {
            DIR = Files.createTempDirectory("cw-bundle-api-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PUBLISHER = TestBundles.keys(DIR.resolve("keys"), "publisher.key");
    }

    @DynamicPropertySource
    static void trustThePublisher(DynamicPropertyRegistry registry) {
        registry.add("camwarden.bundle-keys", () -> PUBLISHER.publicFile().toString());
    }

    @AfterAll
    static void removeFiles() {
        VerifiedBundle.deleteRecursively(DIR);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordingImporter importer;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    /** A new bundle of real KEV and NVD data, made at {@code createdAt} (distinct times make distinct bundles). */
    private static byte[] bundle(Instant createdAt, Path... files) throws IOException {
        Path work = Files.createTempDirectory(DIR, "b");
        Path content = TestBundles.content(work.resolve("content"), files);
        Path out = work.resolve("bundle.tar");
        TestBundles.create(content, PUBLISHER, out, createdAt);
        return Files.readAllBytes(out);
    }

    private Api.Response upload(String authorization, byte[] archive) {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/bundles"))
                .header("Content-Type", "application/octet-stream").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Api.Response uploadAsAdmin(byte[] archive) {
        return upload(basic(Api.ADMIN, Api.ADMIN_PASSWORD), archive);
    }

    private long bundles() {
        return jdbc.sql("SELECT COUNT(*) FROM data_bundle").query(Long.class).single();
    }

    private long auditRows(String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'bundle.import' AND outcome = :o")
                .param("o", outcome).query(Long.class).single();
    }

    @Test
    void anUploadedBundleIsImportedOnceListedAndAudited() throws IOException {
        Instant created = Instant.parse("2026-11-20T06:00:00Z");
        byte[] archive = bundle(created, TestBundles.KEV, TestBundles.NVD);
        long auditBefore = auditRows("SUCCESS");

        Api.Response r = uploadAsAdmin(archive);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode b = r.json().get("bundle");
        long id = b.get("id").asLong();
        assertThat(r.headers().firstValue("Location")).contains("/api/v1/bundles/" + id);
        assertThat(r.json().get("alreadyImported").asBoolean()).isFalse();
        // one line per importer: the vulnerability importer's, then this test's
        assertThat(r.json().get("content").valueStream().map(JsonNode::asString).toList()).containsExactly(
                "691 CVE records (691 added), 1404 KEV entries (1404 added)", "2 files received");
        assertThat(b.get("createdAt").asString()).isEqualTo("2026-11-20T06:00:00Z");
        assertThat(b.get("signerFingerprint").asString()).isEqualTo(PUBLISHER.fingerprint());
        assertThat(b.get("archiveSha256").asString()).isEqualTo(BundleVerifierTest.sha256(archive));
        assertThat(b.get("importedBy").asString()).isEqualTo("admin");
        assertThat(b.get("sources").get("kev").asString()).isEqualTo("2025.08.25");
        assertThat(b.get("sources").get("nvd").asString()).isEqualTo("2026-11-22T00:00:00.000");

        RecordingImporter.Received got = importer.received.stream().filter(x -> x.bundleId() == id).findFirst()
                .orElseThrow();
        assertThat(got.files()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "kev/known_exploited_vulnerabilities.json", Files.size(TestBundles.KEV),
                "nvd/nvdcve-2.0-cameras.json", Files.size(TestBundles.NVD)));

        Api.Response again = uploadAsAdmin(archive);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("alreadyImported").asBoolean()).isTrue();
        assertThat(again.json().get("bundle").get("id").asLong()).isEqualTo(id);
        assertThat(importer.received.stream().filter(x -> x.bundleId() == id)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_bundle WHERE manifest_sha256 = (SELECT manifest_sha256"
                + " FROM data_bundle WHERE id = :id)").param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThat(auditRows("SUCCESS")).isEqualTo(auditBefore + 2);

        Api.Response list = admin.get("/api/v1/bundles?sort=id,desc");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").findValuesAsString("name")).contains("test bundle");
        Api.Response one = admin.get("/api/v1/bundles/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("files").findValuesAsString("path"))
                .containsExactly("kev/known_exploited_vulnerabilities.json", "nvd/nvdcve-2.0-cameras.json");
        assertThat(admin.get("/api/v1/bundles/999999").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/bundles?sort=signer").status()).isEqualTo(400);
    }

    @Test
    void aBundleWithOneByteChangedIsRefusedAndNothingIsImported() throws IOException {
        byte[] good = bundle(Instant.parse("2026-11-21T06:00:00Z"), TestBundles.KEV, TestBundles.NVD);
        long bundlesBefore = bundles();
        int receivedBefore = importer.received.size();
        long refusalsBefore = auditRows("FAILURE");
        int[] positions = {
                600,                    // manifest.json
                indexOf(good, "\"signature\"") + 30, // manifest.sig
                100_000,                // KEV data
                good.length - 5000,     // NVD data
                indexOf(good, "nvd/nvdcve-2.0-cameras.json\0") + 140, // a tar header
                good.length - 1};       // the end-of-archive marker
        for (int at : positions) {
            byte[] bad = good.clone();
            bad[at] ^= 0x01;
            Api.Response r = uploadAsAdmin(bad);
            assertThat(r.status()).as("byte %d: %s", at, r).isEqualTo(422);
            assertThat(r.json().get("detail").asString()).startsWith("bundle refused, nothing imported: ");
            assertThat(r.json().get("reason").asString()).isIn("TAMPERED", "BAD_SIGNATURE", "DAMAGED");
            assertThat(r.json().get("advice").asString()).isNotBlank();
        }
        assertThat(bundles()).isEqualTo(bundlesBefore);
        assertThat(importer.received).hasSize(receivedBefore);
        assertThat(auditRows("FAILURE")).isEqualTo(refusalsBefore + positions.length);
        assertThat(uploadAsAdmin(good).status()).isEqualTo(201);
    }

    @Test
    void unsignedAndUntrustedBundlesAreRefused() throws IOException {
        TestBundles.Keys stranger = TestBundles.keys(Files.createTempDirectory(DIR, "s"), "stranger.key");
        Path content = TestBundles.content(Files.createTempDirectory(DIR, "c"), TestBundles.NVD_SOURCES);
        Path out = content.resolveSibling(content.getFileName() + ".tar");
        TestBundles.create(content, stranger, out, Instant.now());
        long before = bundles();

        Api.Response untrusted = uploadAsAdmin(Files.readAllBytes(out));
        assertThat(untrusted.status()).isEqualTo(422);
        assertThat(untrusted.json().get("reason").asString()).isEqualTo("UNKNOWN_SIGNER");
        assertThat(untrusted.json().get("detail").asString()).contains(stranger.fingerprint())
                .contains(PUBLISHER.fingerprint());

        byte[] manifest = "{\"format\":\"camwarden-bundle/1\"}".getBytes(StandardCharsets.UTF_8);
        Api.Response unsigned = uploadAsAdmin(new TestBundles.Forge().entry("manifest.json", manifest).end());
        assertThat(unsigned.status()).isEqualTo(422);
        assertThat(unsigned.json().get("reason").asString()).isEqualTo("UNSIGNED");

        Api.Response notABundle = uploadAsAdmin("hello".getBytes(StandardCharsets.UTF_8));
        assertThat(notABundle.status()).isEqualTo(422);
        assertThat(bundles()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsAndRegulatorsMayImportButEveryoneMaySeeTheDataAge() throws IOException {
        long org = admin.post("/api/v1/organizations", Map.of("name", "Bundle test owner", "kind", "OWNER")).id();
        assertThat(admin.post("/api/v1/users", Map.of("username", "bundle-owner", "password", "owner-password-1",
                "role", "OWNER", "organizationId", org)).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/users", Map.of("username", "bundle-regulator",
                "password", "regulator-password-1", "role", "REGULATOR")).status()).isEqualTo(201);
        byte[] archive = bundle(Instant.parse("2026-11-19T06:00:00Z"), TestBundles.KEV);
        long before = bundles();

        Api.Response owner = upload(basic("bundle-owner", "owner-password-1"), archive);
        assertThat(owner.status()).as(owner.toString()).isEqualTo(403);
        assertThat(owner.json().get("detail").asString()).contains("only ADMIN and REGULATOR");
        assertThat(bundles()).isEqualTo(before);
        Api ownerApi = Api.anonymous(port).as("bundle-owner", "owner-password-1");
        assertThat(ownerApi.get("/api/v1/bundles/status").status()).isEqualTo(200);
        assertThat(ownerApi.get("/api/v1/bundles").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/api/v1/bundles/status").status()).isEqualTo(401);

        Api.Response regulator = upload(basic("bundle-regulator", "regulator-password-1"), archive);
        assertThat(regulator.status()).as(regulator.toString()).isEqualTo(201);
        assertThat(regulator.json().get("bundle").get("importedBy").asString()).isEqualTo("bundle-regulator");
    }

    @Test
    void whenTheContentFailsToImportNothingOfTheBundleIsKept() throws IOException {
        byte[] archive = bundle(Instant.parse("2026-11-18T06:00:00Z"), TestBundles.KEV);
        long before = bundles();
        long failuresBefore = auditRows("FAILURE");
        importer.failWith = "KEV catalog has no vulnerabilities array";

        Api.Response r = uploadAsAdmin(archive);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().get("reason").asString()).isEqualTo("CONTENT_NOT_IMPORTED");
        assertThat(r.json().get("detail").asString()).contains("correctly signed")
                .contains("KEV catalog has no vulnerabilities array").contains("Nothing of it was kept");
        assertThat(bundles()).isEqualTo(before);
        // what the importer wrote in the transaction was rolled back with the bundle row
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization o WHERE o.name LIKE 'bundle-content-%'"
                + " AND NOT EXISTS (SELECT 1 FROM data_bundle b WHERE o.name = 'bundle-content-' || b.id)")
                .query(Long.class).single()).isZero();
        assertThat(auditRows("FAILURE")).isEqualTo(failuresBefore + 1);

        Api.Response retry = uploadAsAdmin(archive);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.json().get("alreadyImported").asBoolean()).isFalse();
    }

    @Test
    void theCliUploadsToTheServerWithAnApiToken() throws IOException {
        byte[] archive = bundle(Instant.parse("2026-11-17T06:00:00Z"), TestBundles.KEV);
        Path file = Files.write(Files.createTempDirectory(DIR, "u").resolve("kev.tar"), archive);
        String token = admin.post("/api/v1/tokens", Map.of("name", "bundle upload")).json().get("secret").asString();
        String server = "http://127.0.0.1:" + port;

        Cli ok = Cli.run("bundle", "import", file.toString(), "--server", server, "--token", token);
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("bundle imported as #").contains("content  1 files received")
                .contains("kev 2025.08.25").contains("signer   " + PUBLISHER.fingerprint());

        Cli again = Cli.run("bundle", "import", file.toString(), "--server", server, "--token", token);
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("already imported");

        archive[archive.length / 2] ^= 0x01;
        Path tampered = Files.write(file.resolveSibling("tampered.tar"), archive);
        Cli refused = Cli.run("bundle", "import", tampered.toString(), "--server", server, "--token", token);
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.out()).contains("bundle refused, nothing imported").contains("Do not import it");

        Cli badToken = Cli.run("bundle", "import", file.toString(), "--server", server, "--token", "cwt_wrong");
        assertThat(badToken.exit()).isEqualTo(2);
        assertThat(badToken.err()).contains("the server answered 401");

        Cli trustWithServer = Cli.run("bundle", "import", file.toString(), "--server", server, "--token", token,
                "--trust", PUBLISHER.publicFile().toString());
        assertThat(trustWithServer.exit()).isEqualTo(2);
        assertThat(trustWithServer.err()).contains("--trust does not apply with --server");
    }

    @Test
    void statusShowsTheTrustedKeysAndTheAgeOfTheNewestData() throws IOException {
        assertThat(uploadAsAdmin(bundle(Instant.now(), TestBundles.NVD_SOURCES)).status()).isEqualTo(201);
        JsonNode s = admin.get("/api/v1/bundles/status").json();
        assertThat(s.get("stale").asBoolean()).isFalse();
        assertThat(s.get("ageDays").asLong()).isZero();
        assertThat(s.get("maxAgeDays").asInt()).isEqualTo(7);
        assertThat(s.get("trustedKeys").get(0).asString()).isEqualTo(PUBLISHER.fingerprint());
        assertThat(s.get("keyProblem").isNull()).isTrue();
        assertThat(s.get("bundlesImported").asLong()).isPositive();
    }

    @Test
    void theEndpointsAreDocumentedInOpenApi() {
        JsonNode doc = admin.get("/v3/api-docs").json();
        JsonNode paths = doc.get("paths");
        assertThat(paths.get("/api/v1/bundles").get("post").get("requestBody").get("content")
                .has("application/octet-stream")).isTrue();
        assertThat(paths.has("/api/v1/bundles/status")).isTrue();
        assertThat(paths.has("/api/v1/bundles/{id}")).isTrue();
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + n.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + n.length, n, 0, n.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException(needle);
    }
}
