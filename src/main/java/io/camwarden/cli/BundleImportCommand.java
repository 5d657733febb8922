package io.camwarden.cli;

import io.camwarden.auditlog.Actors;
import io.camwarden.domain.Caller;
import io.camwarden.vuln.bundle.BundleImportFailedException;
import io.camwarden.vuln.bundle.BundleImportResult;
import io.camwarden.vuln.bundle.BundleImportService;
import io.camwarden.vuln.bundle.BundleRefusedException;
import io.camwarden.vuln.bundle.NoTrustedKeysException;
import io.camwarden.vuln.bundle.TrustedKeys;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `camwarden bundle import FILE`: verify and import a bundle into the database of the data directory, or
 * upload it to a running server, which verifies it against its own trusted keys.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Verify a bundle and import it: into the database `serve` uses (--data-dir, --db-url), or"
                + " with --server into a running server through its REST API.",
                "A refused bundle (unsigned, unknown signer, bad signature, altered) imports nothing. Importing the"
                        + " same bundle again changes nothing.",
                "Exit code 0: imported or already imported; 1: refused or its content failed to import."})
final class BundleImportCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle.")
    Path file;

    @Option(names = "--trust", paramLabel = "PUBKEY",
            description = "A public key to trust for this import (repeatable), besides camwarden.bundle-keys"
                    + " (CAMWARDEN_BUNDLE_KEYS). Not with --server: a server trusts only its own keys.")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--server", paramLabel = "URL", description = "Upload to this server, e.g. http://127.0.0.1:8080.")
    URI server;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "API token of an ADMIN or REGULATOR user for --server. Default: CAMWARDEN_TOKEN, which is"
                    + " safer: an option can be seen by other users of this machine.")
    String token;

    @Mixin
    StorageOptions storage;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " is not a file: give the path of the bundle to import");
        }
        return server == null ? importLocally() : upload();
    }

    private int importLocally() throws IOException {
        TrustedKeys extra = TrustedKeys.load(trust, "--trust");
        try (ConfigurableApplicationContext ctx = SpringContexts.offline(storage.properties());
             InputStream in = Files.newInputStream(file)) {
            String actor = Actors.current();
            BundleImportResult r = ctx.getBean(BundleImportService.class)
                    .importBundle(Caller.system(actor), in, extra, file.toString());
            print(r.alreadyImported(), r.bundle().id(), r.content());
            BundleReport.stored(r.bundle(), Instant.now());
            return ExitCodes.OK;
        } catch (BundleRefusedException e) {
            System.out.printf("bundle REFUSED, nothing imported: %s%n", e.getMessage());
            System.out.println(e.reason().advice());
            return ExitCodes.FOUND_PROBLEMS;
        } catch (BundleImportFailedException e) {
            System.out.printf("import FAILED: %s%n", e.getMessage());
            return ExitCodes.FOUND_PROBLEMS;
        } catch (NoTrustedKeysException e) {
            throw new UserError(e.getMessage());
        }
    }

    private int upload() throws IOException, InterruptedException {
        if (!trust.isEmpty()) {
            throw new UserError("--trust does not apply with --server: the server accepts only bundles signed by the"
                    + " keys in its own camwarden.bundle-keys");
        }
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
            throw new UserError("--server must be an http:// or https:// URL, not " + server);
        }
        String secret = token != null ? token : System.getenv("CAMWARDEN_TOKEN");
        if (secret == null || secret.isBlank()) {
            throw new UserError("--server needs an API token of an ADMIN or REGULATOR user: set CAMWARDEN_TOKEN"
                    + " (create a token with POST /api/v1/tokens) or pass --token");
        }
        URI endpoint = server.resolve("/api/v1/bundles");
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", "Bearer " + secret.strip())
                // the server may refuse (wrong role, no keys) before reading: then the file is not sent at all
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build()) {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError("could not upload to " + endpoint + ": " + e.getMessage()
                    + "; check that the server runs and the URL is right");
        }
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            BundleImportResult r = JSON.treeToValue(body, BundleImportResult.class);
            print(r.alreadyImported(), r.bundle().id(), r.content());
            BundleReport.stored(r.bundle(), Instant.now());
            return ExitCodes.OK;
        }
        String detail = body.path("detail").asString(response.body());
        if (status == 422 || status == 413) {
            System.out.printf("%s (server %s)%n", detail, server);
            if (body.hasNonNull("advice")) {
                System.out.println(body.get("advice").asString());
            }
            return ExitCodes.FOUND_PROBLEMS;
        }
        throw new UserError("the server answered " + status + ": " + detail);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static void print(boolean alreadyImported, long id, List<String> content) {
        if (alreadyImported) {
            System.out.printf("bundle already imported as #%d; nothing changed%n", id);
        } else {
            System.out.printf("bundle imported as #%d%n", id);
            content.forEach(line -> System.out.printf("  content  %s%n", line));
        }
    }
}
