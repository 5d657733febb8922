package io.camwarden.cli;

import io.camwarden.vuln.bundle.BundleLimits;
import io.camwarden.vuln.bundle.BundleRefusedException;
import io.camwarden.vuln.bundle.BundleVerifier;
import io.camwarden.vuln.bundle.TrustedKeys;
import io.camwarden.vuln.bundle.VerifiedBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `camwarden bundle verify FILE`: check a bundle completely without importing anything. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a bundle's signature against the trusted keys and every file against the signed"
                + " manifest, without importing anything. Files are unpacked into a private temp directory that is"
                + " deleted afterwards.",
                "Exit code 0: the bundle is genuine and complete; 1: refused (the reason and what to do are printed)."})
final class BundleVerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle.")
    Path file;

    @Option(names = "--trust", paramLabel = "PUBKEY",
            description = "A public key to trust (repeatable), besides those in CAMWARDEN_BUNDLE_KEYS.")
    List<Path> trust = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " is not a file: give the path of the bundle to verify");
        }
        TrustedKeys trusted = trustedKeys(trust);
        long size = Files.size(file);
        try (ProgressBar progress = new ProgressBar("verifying", 0, "bytes");
             VerifiedBundle v = new BundleVerifier(trusted, BundleLimits.DEFAULT)
                     .verify(file, Path.of(System.getProperty("java.io.tmpdir")), done -> progress.update(done, size))) {
            progress.close();
            System.out.printf("bundle OK: %s is genuine and complete%n", file);
            BundleReport.manifest(v.manifest(), Instant.now());
            System.out.printf("  archive  SHA-256 %s%n", v.archiveSha256());
            System.out.printf("  signer   %s (trusted: %s)%n", v.signer().fingerprint(), v.signer().file());
            BundleReport.files(v.manifest());
            return ExitCodes.OK;
        } catch (BundleRefusedException e) {
            System.out.printf("bundle REFUSED: %s%n", e.getMessage());
            System.out.println(e.reason().advice());
            return ExitCodes.FOUND_PROBLEMS;
        }
    }

    /** Keys from --trust and from CAMWARDEN_BUNDLE_KEYS: the CLI reads the same variable the server does. */
    static TrustedKeys trustedKeys(List<Path> trust) {
        return TrustedKeys.load(trust, "--trust")
                .plus(TrustedKeys.load(TrustedKeys.paths(System.getenv("CAMWARDEN_BUNDLE_KEYS")),
                        "CAMWARDEN_BUNDLE_KEYS"));
    }
}
