package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.BundleFile;
import io.camwarden.domain.vuln.BundleManifest;
import io.camwarden.domain.vuln.BundlePaths;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Makes a bundle from a directory: every regular file in it (and its folders) becomes a data file,
 * listed with its SHA-256 in a manifest that is signed with the publisher's Ed25519 key. The archive is
 * written next to the output and moved into place only when complete.
 */
public final class BundleCreator {

    /** Hears how many of the bytes to hash and write are done. */
    public interface Progress {
        void update(long done, long total);
    }

    /** The bundle that was written. */
    public record Created(BundleManifest manifest, String archiveSha256, String signerFingerprint, Path archive) {
    }

    private record Input(String path, Path file, long size) {
    }

    private BundleCreator() {
    }

    /**
     * @param sources versions given by the publisher ({@code --source nvd=...}); they win over versions read
     *                from the files
     */
    public static Created create(Path dir, PrivateKey key, PublicKey publicKey, String name,
                                 Map<String, String> sources, Instant createdAt, Path out, Progress progress)
            throws IOException {
        List<Input> inputs = inputs(dir, out);
        long total = 2 * inputs.stream().mapToLong(Input::size).sum();
        long[] done = {0};

        List<BundleFile> files = new ArrayList<>();
        Map<String, List<String>> detected = new TreeMap<>();
        for (Input in : inputs) {
            MessageDigest digest = BundleKeys.sha256();
            try (InputStream s = Files.newInputStream(in.file())) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = s.read(buf)) > 0; ) {
                    digest.update(buf, 0, n);
                    done[0] += n;
                    progress.update(done[0], total);
                }
            }
            files.add(new BundleFile(in.path(), in.size(), HexFormat.of().formatHex(digest.digest())));
            SourceVersions.detect(in.file()).ifPresent(v ->
                    detected.computeIfAbsent(v.source(), k -> new ArrayList<>()).add(v.version()));
        }
        Map<String, String> allSources = new TreeMap<>();
        // two files of one source with different versions (NVD by year, say): keep every version, sorted
        detected.forEach((src, versions) ->
                allSources.put(src, String.join("; ", versions.stream().distinct().sorted().toList())));
        allSources.putAll(sources);

        Instant created = createdAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, name, created, allSources, files);
        BundleLimits l = BundleLimits.DEFAULT;
        List<String> problems = manifest.problems(l.maxFiles(), l.maxFileBytes(), l.maxTotalBytes());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot make this bundle: " + String.join("; ", problems));
        }
        byte[] manifestBytes = ManifestJson.write(manifest);
        SignatureFile sig = sign(manifestBytes, key, publicKey);

        Path target = out.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        MessageDigest archiveDigest = BundleKeys.sha256();
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                 OutputStream os = new java.security.DigestOutputStream(new BufferedOutputStream(raw, 64 * 1024),
                         archiveDigest);
                 TarWriter tar = new TarWriter(os, created.getEpochSecond())) {
                tar.add(BundlePaths.MANIFEST, manifestBytes);
                tar.add(BundlePaths.SIGNATURE, sig.toJson());
                for (int i = 0; i < inputs.size(); i++) {
                    Input in = inputs.get(i);
                    MessageDigest digest = BundleKeys.sha256();
                    try (InputStream s = Files.newInputStream(in.file())) {
                        tar.add(in.path(), in.size(), s, digest);
                    }
                    if (!HexFormat.of().formatHex(digest.digest()).equals(files.get(i).sha256())) {
                        throw new IOException(in.file() + " changed while the bundle was being made; make it again"
                                + " once nothing is writing to the files");
                    }
                    done[0] += in.size();
                    progress.update(done[0], total);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Created(manifest, HexFormat.of().formatHex(archiveDigest.digest()), sig.keyFingerprint(), target);
    }

    private static SignatureFile sign(byte[] manifestBytes, PrivateKey key, PublicKey publicKey) {
        try {
            Signature signer = Signature.getInstance(BundleKeys.ALGORITHM);
            signer.initSign(key);
            signer.update(manifestBytes);
            byte[] signature = signer.sign();
            Signature check = Signature.getInstance(BundleKeys.ALGORITHM);
            check.initVerify(publicKey);
            check.update(manifestBytes);
            if (!check.verify(signature)) {
                throw new IllegalArgumentException("the public key does not belong to the private key: users would"
                        + " refuse this bundle; give the .pub file that was made with this key");
            }
            return new SignatureFile(BundleKeys.fingerprint(publicKey), signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** The regular files under dir, sorted by path; anything a bundle cannot carry is an error naming it. */
    private static List<Input> inputs(Path dir, Path out) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory: give the directory of data files to bundle");
        }
        Path root = dir.toRealPath();
        Path outAbs = out.toAbsolutePath().normalize();
        if (outAbs.startsWith(root) || outAbs.startsWith(dir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--out " + out + " lies inside " + dir
                    + ": write the bundle somewhere else, or it would try to include itself");
        }
        List<Input> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                if (p.equals(root) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String rel = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(rel + ": not a regular file (links and devices are not bundled)");
                    continue;
                }
                String problem = BundlePaths.problem(rel);
                if (problem != null) {
                    problems.add(rel + ": " + problem);
                    continue;
                }
                inputs.add(new Input(rel, p, Files.size(p)));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot bundle " + dir + ": " + String.join("; ", problems));
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no files to bundle");
        }
        return inputs;
    }
}
