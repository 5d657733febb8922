package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.BundleManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A bundle that passed every check, its data files extracted into {@code directory} (a private temp
 * directory). Closing it deletes the directory.
 *
 * @param manifestJson   manifest.json exactly as signed
 * @param archiveSha256  SHA-256 of the whole archive, to compare with what the publisher announced
 */
public record VerifiedBundle(BundleManifest manifest, String manifestJson, String manifestSha256,
                             String archiveSha256, TrustedKeys.TrustedKey signer, Path directory)
        implements AutoCloseable {

    @Override
    public void close() {
        deleteRecursively(directory);
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the temporary directory " + dir, e);
        }
    }
}
