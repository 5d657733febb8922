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

    @Mixin
    ServerOptions server;

    @Mixin
    StorageOptions storage;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " is not a file: give the path of the bundle to import");
        }
        return server.given() ? upload() : importLocally();
    }

    private int importLocally() throws IOException {
        TrustedKeys extra = TrustedKeys.load(trust, "--trust");
        try (ConfigurableApplicationContext ctx = SpringContexts.offline(storage.properties());
             InputStream in = Files.newInputStream(file);
             BundleImportBars bars = new BundleImportBars(Files.size(file))) {
            String actor = Actors.current();
            BundleImportResult r = ctx.getBean(BundleImportService.class)
                    .importBundle(Caller.system(actor), in, extra, file.toString(), bars);
            bars.verified();
            bars.close();
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
        ServerOptions.Answer response = server.upload("/api/v1/bundles", "application/octet-stream", file);
        JsonNode body = parse(response.body());
        int status = response.status();
        if (status == 200 || status == 201) {
            BundleImportResult r = JSON.treeToValue(body, BundleImportResult.class);
            print(r.alreadyImported(), r.bundle().id(), r.content());
            BundleReport.stored(r.bundle(), Instant.now());
            return ExitCodes.OK;
        }
        String detail = body.path("detail").asString(response.body());
        if (status == 422 || status == 413) {
            System.out.printf("%s (server %s)%n", detail, server.server());
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
