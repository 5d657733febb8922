package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.vuln.bundle.BundleCreator;
import io.camwarden.vuln.bundle.BundleKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The vulnerability data page over real HTTP, with a server that trusts one publisher key: it warns while no
 * data is imported (on the dashboard too), refuses a bundle with one byte changed and keeps nothing of it,
 * imports the genuine bundle of the real KEV and NVD files, says so when the same bundle comes again, and
 * offers the upload only to ADMIN and REGULATOR.
 */
@CamWardenTest
class ConsoleBundleUploadTest {

    private static final Path SHARED = Path.of(System.getProperty("camwarden.shared", "../shared"));
    private static final Path DIR;
    private static final KeyPair PUBLISHER = BundleKeys.generate();
    private static final Path PUBLIC_KEY;

    static {
        try {
            DIR = Files.createTempDirectory("cw-console-bundle-");
            PUBLIC_KEY = DIR.resolve("publisher.key.pub");
            BundleKeys.write(PUBLISHER, DIR.resolve("publisher.key"), PUBLIC_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void trustThePublisher(DynamicPropertyRegistry registry) {
        registry.add("camwarden.bundle-keys", PUBLIC_KEY::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void aRegulatorImportsASignedBundleFromTheConsoleAndAnAlteredOneIsRefused() throws IOException, InterruptedException {
        ConsoleClient admin = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(admin.get("/?lang=en").body()).contains("id=\"data-age\"")
                .contains("No vulnerability data has been imported");
        String empty = admin.get("/vulnerability-data").body();
        assertThat(empty).contains("id=\"bundle-form\"").contains("No bundle has been imported yet")
                .contains(BundleKeys.fingerprint(PUBLISHER.getPublic()));

        byte[] genuine = bundle();
        byte[] altered = genuine.clone();
        altered[altered.length / 2] ^= 1;
        ConsoleClient.Page refused = admin.postFile("/vulnerability-data", "file", "cameras.tar", altered);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"form-errors\"").contains("No bundle has been imported yet");
        assertThat(Api.admin(port).get("/api/v1/bundles").json().get("total").asInt()).as("nothing kept")
                .isZero();
        assertThat(admin.postFile("/vulnerability-data", "file", "empty.tar", new byte[0]).body())
                .contains("id=\"file-error\"");

        ConsoleClient.Page saved = admin.postFile("/vulnerability-data", "file", "cameras.tar", genuine);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String after = admin.get("/vulnerability-data").body();
        assertThat(after).contains("id=\"bundle-imported\"").contains("Imported bundle console test bundle")
                .contains("id=\"bundles\"").contains(", by admin").doesNotContain("older than");
        assertThat(Api.admin(port).get("/api/v1/bundles").json().get("total").asInt()).isEqualTo(1);
        // the server compiles the new data in the background; its KEV catalog follows within moments
        Instant deadline = Instant.now().plusSeconds(60);
        while (Api.admin(port).get("/api/v1/vulnerabilities/CVE-2021-33044").json().get("kev").isNull()) {
            assertThat(Instant.now()).as("the KEV catalog of the bundle in use").isBefore(deadline);
            Thread.sleep(100);
        }
        assertThat(admin.get("/").body()).as("fresh data: no warning on the dashboard")
                .doesNotContain("id=\"data-age\"");
        admin.postFile("/vulnerability-data", "file", "cameras.tar", genuine);
        assertThat(admin.get("/vulnerability-data").body()).contains("was imported before; nothing changed");

        Fixtures fx = new Fixtures(port);
        long owner = fx.organization(Fixtures.unique("Bundle owner"), "OWNER", null);
        ConsoleClient ownerConsole = ConsoleClient.loggedIn(port, fx.username("OWNER", owner, null),
                Fixtures.PASSWORD);
        String seen = ownerConsole.get("/vulnerability-data").body();
        assertThat(seen).contains("id=\"bundles\"").doesNotContain("id=\"bundle-form\"");
        assertThat(ownerConsole.postFile("/vulnerability-data", "file", "cameras.tar", genuine).status())
                .isEqualTo(403);
    }

    /** A bundle of the real KEV catalog and NVD camera records, signed by the trusted publisher. */
    private static byte[] bundle() throws IOException {
        Path content = DIR.resolve("content");
        for (String f : new String[] {"data/kev/known_exploited_vulnerabilities.json",
                "data/nvd/nvdcve-2.0-cameras.json"}) {
            Path source = SHARED.resolve(f);
            Path target = content.resolve(source.getParent().getFileName().toString()).resolve(source.getFileName());
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
        Path out = DIR.resolve("bundle.tar");
        BundleCreator.create(content, PUBLISHER.getPrivate(), PUBLISHER.getPublic(), "console test bundle", Map.of(),
                Instant.now(), out, (done, total) -> { });
        return Files.readAllBytes(out);
    }
}
