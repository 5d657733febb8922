package io.camwarden.cli;

import io.camwarden.vuln.bundle.BundleCreator;
import io.camwarden.vuln.bundle.BundleKeys;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `camwarden bundle create DIR --key KEYFILE --out FILE`: sign a directory of data files into one bundle. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Make a signed bundle of every file in DIR (with its folders). Large files may be gzipped"
                + " (.json.gz, .csv.gz): a bundle stores files exactly as given.",
                "Source versions are read from the files where they say it (NVD timestamp, KEV catalogVersion,"
                        + " EPSS model_version); --source adds or overrides them."})
final class BundleCreateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory of data files to bundle.")
    Path dir;

    @Option(names = "--key", required = true, paramLabel = "KEYFILE", description = "Private key from `bundle keygen`.")
    Path key;

    @Option(names = "--pub", paramLabel = "PUBKEY", description = "Its public key. Default: KEYFILE.pub.")
    Path pub;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle to write (a tar file).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "Bundle name. Default: FILE's name without extension.")
    String name;

    @Option(names = "--source", paramLabel = "NAME=VERSION",
            description = "Version of a source in the bundle, e.g. --source kev=2025.08.25 (repeatable).")
    Map<String, String> sources = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        Path pubFile = pub != null ? pub : Path.of(key + ".pub");
        var privateKey = readKey(() -> BundleKeys.readPrivate(key), key, "private key");
        var publicKey = readKey(() -> BundleKeys.readPublic(pubFile), pubFile,
                "public key (give it with --pub if it is not KEYFILE.pub)");
        if (BundleKeys.readableByOthers(key)) {
            System.err.printf("warning: %s can be read by other users; protect it with chmod 600%n", key);
        }
        String bundleName = name != null ? name : out.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        BundleCreator.Created c;
        try (ProgressBar progress = new ProgressBar("bundling", 0, "bytes")) {
            c = BundleCreator.create(dir, privateKey, publicKey, bundleName, sources, Instant.now(), out,
                    progress::update);
        }
        System.out.printf("wrote bundle %s%n", c.archive());
        BundleReport.manifest(c.manifest(), Instant.now());
        System.out.printf("  archive  SHA-256 %s%n", c.archiveSha256());
        System.out.printf("  signer   %s%n", c.signerFingerprint());
        System.out.println("Publish the archive SHA-256 and your key's fingerprint with the bundle.");
        return ExitCodes.OK;
    }

    private interface KeyRead<T> {
        T read() throws IOException;
    }

    private static <T> T readKey(KeyRead<T> read, Path file, String what) throws IOException {
        try {
            return read.read();
        } catch (NoSuchFileException e) {
            throw new UserError(file + " does not exist: it should be the " + what);
        }
    }
}
