package io.camwarden.cli;

import io.camwarden.vuln.bundle.BundleKeys;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `camwarden bundle keygen --out KEYFILE`: a new Ed25519 signing key for a bundle publisher. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Make an Ed25519 key pair for signing bundles: KEYFILE (private, PKCS#8 PEM, readable only"
                + " by you) and KEYFILE.pub (public, X.509 PEM, for the servers that import your bundles).",
                "Announce the printed fingerprint through a channel your users trust, so they can check the key."})
final class BundleKeygenCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "KEYFILE", description = "Where to write the private key.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path pub = Path.of(out + ".pub");
        KeyPair pair = BundleKeys.generate();
        try {
            BundleKeys.write(pair, out, pub);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(e.getFile() + " already exists: " + e.getReason());
        }
        System.out.printf("private key  %s (keep it secret: it signs bundles your users will trust)%n", out);
        System.out.printf("public key   %s (give it to every server that imports your bundles)%n", pub);
        System.out.printf("fingerprint  %s%n", BundleKeys.fingerprint(pair.getPublic()));
        return ExitCodes.OK;
    }
}
