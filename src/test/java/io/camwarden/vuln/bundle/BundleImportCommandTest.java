package io.camwarden.vuln.bundle;

import io.camwarden.support.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * `camwarden bundle import FILE` into the database of a data directory (here the test server's), with
 * keys from --trust; and a server with no trusted key, which refuses every upload and says how to fix it.
 */
@CamWardenTest
class BundleImportCommandTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.datasource.url}")
    String dbUrl;
    @Value("${spring.datasource.username}")
    String dbUser;
    @TempDir
    Path tmp;

    private Cli importCli(Path bundle, String... more) {
        List<String> args = new ArrayList<>(List.of("bundle", "import", bundle.toString(), "--db-url", dbUrl,
                "--db-user", dbUser, "--data-dir", "target/test-data"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private long bundles() {
        return jdbc.sql("SELECT COUNT(*) FROM data_bundle").query(Long.class).single();
    }

    @Test
    void importsIntoTheDataDirectoryOnceAndTheServerShowsTheDataAge() throws IOException {
        Api admin = Api.admin(port);
        JsonNode empty = admin.get("/api/v1/bundles/status").json();
        assertThat(empty.get("stale").asBoolean()).isTrue();
        assertThat(empty.get("newestCreatedAt").isNull()).isTrue();
        assertThat(empty.get("message").asString()).contains("no vulnerability data has been imported yet");
        assertThat(empty.get("keyProblem").asString()).contains("CAMWARDEN_BUNDLE_KEYS");

        TestBundles.Keys keys = TestBundles.keys(tmp.resolve("keys"), "publisher.key");
        Path content = TestBundles.content(tmp.resolve("content"), TestBundles.KEV, TestBundles.NVD);
        Path old = tmp.resolve("old.tar");
        TestBundles.create(content, keys, old, Instant.now().minus(Duration.ofDays(30)));

        Cli noKeys = importCli(old);
        assertThat(noKeys.exit()).as(noKeys.toString()).isEqualTo(2);
        assertThat(noKeys.err()).contains("no bundle signing key is trusted").contains("--trust PUBKEY");

        byte[] bytes = Files.readAllBytes(old);
        bytes[bytes.length - 3000] ^= 0x01; // inside the NVD file
        Path tampered = Files.write(tmp.resolve("tampered.tar"), bytes);
        Cli refused = importCli(tampered, "--trust", keys.publicFile().toString());
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.out()).contains("bundle REFUSED, nothing imported")
                .contains("'nvd/nvdcve-2.0-cameras.json' does not match its SHA-256");
        assertThat(bundles()).isZero();
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'bundle.import' AND outcome = 'FAILURE'")
                .query(String.class).list()).singleElement().asString().startsWith("cli:");

        Cli imported = importCli(old, "--trust", keys.publicFile().toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        // one "content" line per installed importer (or one saying there is none)
        assertThat(imported.out()).contains("bundle imported as #").containsPattern("\n  content  \\S")
                .contains("30 days ago")
                .contains("kev 2025.08.25, nvd 2026-11-22T00:00:00.000").contains("signer   " + keys.fingerprint());
        assertThat(bundles()).isEqualTo(1);

        JsonNode stale = admin.get("/api/v1/bundles/status").json();
        assertThat(stale.get("stale").asBoolean()).isTrue();
        assertThat(stale.get("ageDays").asLong()).isEqualTo(30);
        assertThat(stale.get("message").asString()).contains("30 days old, older than the 7 days allowed");

        Cli again = importCli(old, "--trust", keys.publicFile().toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("already imported");
        assertThat(bundles()).isEqualTo(1);

        Path fresh = tmp.resolve("fresh.tar");
        TestBundles.create(content, keys, fresh, Instant.now());
        assertThat(importCli(fresh, "--trust", keys.publicFile().toString()).exit()).isZero();
        JsonNode ok = admin.get("/api/v1/bundles/status").json();
        assertThat(ok.get("stale").asBoolean()).isFalse();
        assertThat(ok.get("ageDays").asLong()).isZero();
        assertThat(ok.get("bundlesImported").asLong()).isEqualTo(2);
        assertThat(admin.get("/api/v1/bundles").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aServerWithoutTrustedKeysRefusesUploadsAndSaysHowToConfigureThem() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/bundles"))
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2048])).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
            assertThat(r.body()).contains("CAMWARDEN_BUNDLE_KEYS").contains("camwarden.bundle-keys");
        }
    }
}
