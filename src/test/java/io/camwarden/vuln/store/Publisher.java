package io.camwarden.vuln.store;

import io.camwarden.vuln.bundle.BundleCreator;
import io.camwarden.vuln.bundle.BundleKeys;
import io.camwarden.vuln.bundle.TrustedKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A bundle publisher for tests: a key pair on disk, and real `bundle create` archives of content directories. */
public final class Publisher {

    public static final Path SHARED = Path.of(System.getProperty("camwarden.shared", "../shared"));
    public static final Path NVD = SHARED.resolve("data/nvd/nvdcve-2.0-cameras.json");
    public static final Path CVE5 = SHARED.resolve("data/nvd/cve5-cameras.jsonl");
    public static final Path KEV = SHARED.resolve("data/kev/known_exploited_vulnerabilities.json");
    public static final Path KEV_LICENSE = SHARED.resolve("data/kev/LICENSE");

    final KeyPair pair;
    final Path publicFile;
    private final Path dir;
    private int n;

    public Publisher(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            pair = BundleKeys.generate();
            publicFile = dir.resolve("publisher.key.pub");
            BundleKeys.write(pair, dir.resolve("publisher.key"), publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TrustedKeys trust() {
        return TrustedKeys.load(List.of(publicFile), "test");
    }

    /** A fresh content directory. */
    public Path content() throws IOException {
        return Files.createDirectories(dir.resolve("content-" + (++n)));
    }

    /** Copies {@code file} into {@code content} at {@code path}. */
    public static Path put(Path content, String path, Path file) throws IOException {
        Path target = content.resolve(path);
        Files.createDirectories(target.getParent());
        return Files.copy(file, target);
    }

    public static Path write(Path content, String path, String text) throws IOException {
        Path target = content.resolve(path);
        Files.createDirectories(target.getParent());
        return Files.writeString(target, text);
    }

    /** The bundle of {@code content}; each call makes a distinct bundle (its own creation time). */
    public Path bundle(Path content) throws IOException {
        return bundle(content, Instant.now().minusSeconds(3600).plusSeconds(n + 1));
    }

    /** The bundle of {@code content}, as if made at {@code createdAt} (a publisher's older bundle, imported late). */
    public Path bundle(Path content, Instant createdAt) throws IOException {
        Path out = dir.resolve("bundle-" + (++n) + ".tar");
        BundleCreator.create(content, pair.getPrivate(), pair.getPublic(), "test " + n, Map.of(), createdAt, out,
                (done, total) -> { });
        return out;
    }
}
