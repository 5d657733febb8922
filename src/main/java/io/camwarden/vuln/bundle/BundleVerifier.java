package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.BundleFile;
import io.camwarden.domain.vuln.BundleManifest;
import io.camwarden.domain.vuln.BundlePaths;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Checks a bundle in one pass over the archive, in this order: manifest.json first, then manifest.sig,
 * whose signature must come from a trusted key; only then are data files read, each one only if the
 * signed manifest lists it, written under a fresh private temp directory and hashed on the way. Every
 * listed file must arrive once with its size and SHA-256. Any failure deletes what was written and
 * throws {@link BundleRefusedException}.
 */
public final class BundleVerifier {

    private final TrustedKeys trusted;
    private final BundleLimits limits;

    public BundleVerifier(TrustedKeys trusted, BundleLimits limits) {
        this.trusted = trusted;
        this.limits = limits;
    }

    public VerifiedBundle verify(Path archive, Path workRoot, LongConsumer progress) throws IOException {
        try (InputStream in = Files.newInputStream(archive)) {
            return verify(in, workRoot, progress);
        }
    }

    /** Verifies the archive read from {@code raw} (which is read to its end, not closed). */
    public VerifiedBundle verify(InputStream raw, Path workRoot, LongConsumer progress) throws IOException {
        MessageDigest archiveDigest = BundleKeys.sha256();
        TarReader tar = new TarReader(new DigestInputStream(new BufferedInputStream(raw, 64 * 1024), archiveDigest),
                progress);

        byte[] manifestBytes = readManifest(tar);
        SignatureFile sig = readSignature(tar);
        TrustedKeys.TrustedKey signer = checkSignature(manifestBytes, sig);
        BundleManifest manifest = checkManifest(ManifestJson.read(manifestBytes));

        Files.createDirectories(workRoot);
        Path dir = Files.createTempDirectory(workRoot, "bundle-");
        try {
            extract(tar, manifest, dir);
            return new VerifiedBundle(manifest, new String(manifestBytes, StandardCharsets.UTF_8),
                    BundleKeys.sha256Hex(manifestBytes), HexFormat.of().formatHex(archiveDigest.digest()), signer,
                    dir);
        } catch (IOException | RuntimeException | Error e) {
            VerifiedBundle.deleteRecursively(dir);
            throw e;
        }
    }

    private byte[] readManifest(TarReader tar) throws IOException {
        TarReader.Entry first = tar.next();
        if (first == null || !first.name().equals(BundlePaths.MANIFEST)) {
            throw new BundleRefusedException(Refusal.NOT_A_BUNDLE, "this tar archive is not a CamWarden bundle:"
                    + " its first entry is " + (first == null ? "missing" : "'" + TarReader.printable(first.name())
                    + "'") + ", not manifest.json");
        }
        if (first.size() > limits.maxManifestBytes()) {
            throw new BundleRefusedException(Refusal.TOO_LARGE, "manifest.json is " + first.size()
                    + " bytes, more than the limit of " + limits.maxManifestBytes());
        }
        return tar.readSmall();
    }

    private SignatureFile readSignature(TarReader tar) throws IOException {
        TarReader.Entry second = tar.next();
        if (second == null || !second.name().equals(BundlePaths.SIGNATURE)) {
            throw new BundleRefusedException(Refusal.UNSIGNED, "the bundle is not signed: manifest.sig does not"
                    + " follow manifest.json");
        }
        if (second.size() > SignatureFile.MAX_BYTES) {
            throw new BundleRefusedException(Refusal.BAD_SIGNATURE, "manifest.sig is " + second.size()
                    + " bytes, far more than a signature needs");
        }
        return SignatureFile.read(tar.readSmall());
    }

    private TrustedKeys.TrustedKey checkSignature(byte[] manifestBytes, SignatureFile sig) {
        TrustedKeys.TrustedKey key = trusted.find(sig.keyFingerprint());
        if (key == null) {
            String known = trusted.isEmpty() ? "no key is trusted at all"
                    : "the trusted keys are " + String.join(", ", trusted.all().stream()
                    .map(k -> k.fingerprint() + " (" + k.file() + ")").toList());
            throw new BundleRefusedException(Refusal.UNKNOWN_SIGNER, "the bundle is signed by key "
                    + sig.keyFingerprint() + ", which is not trusted here; " + known);
        }
        boolean valid;
        try {
            Signature verifier = Signature.getInstance(BundleKeys.ALGORITHM);
            verifier.initVerify(key.key());
            verifier.update(manifestBytes);
            valid = verifier.verify(sig.signature());
        } catch (GeneralSecurityException e) {
            valid = false;
        }
        if (!valid) {
            throw new BundleRefusedException(Refusal.BAD_SIGNATURE, "the signature in manifest.sig does not match"
                    + " manifest.json for the trusted key " + key.fingerprint());
        }
        return key;
    }

    private BundleManifest checkManifest(BundleManifest m) {
        if (m.files().size() > limits.maxFiles() || m.totalBytes() > limits.maxTotalBytes()
                || m.files().stream().anyMatch(f -> f.size() > limits.maxFileBytes())) {
            throw new BundleRefusedException(Refusal.TOO_LARGE, "the manifest lists " + m.files().size()
                    + " files of " + m.totalBytes() + " bytes; the limits are " + limits.maxFiles() + " files, "
                    + limits.maxFileBytes() + " bytes each and " + limits.maxTotalBytes() + " bytes in all");
        }
        List<String> problems = m.problems(limits.maxFiles(), limits.maxFileBytes(), limits.maxTotalBytes());
        if (!problems.isEmpty()) {
            throw new BundleRefusedException(Refusal.BAD_MANIFEST, "the signed manifest is faulty: "
                    + String.join("; ", problems));
        }
        return m;
    }

    private void extract(TarReader tar, BundleManifest manifest, Path dir) throws IOException {
        Map<String, BundleFile> expected = new LinkedHashMap<>();
        manifest.files().forEach(f -> expected.put(f.path(), f));
        Set<String> seen = new HashSet<>();
        TarReader.Entry e;
        while ((e = tar.next()) != null) {
            String name = TarReader.printable(e.name());
            BundleFile f = expected.get(e.name());
            if (f == null) {
                throw new BundleRefusedException(Refusal.TAMPERED, "the archive holds '" + name
                        + "', which the signed manifest does not list");
            }
            if (!seen.add(f.path())) {
                throw new BundleRefusedException(Refusal.TAMPERED, "the archive holds '" + name + "' twice");
            }
            if (e.size() != f.size()) {
                throw new BundleRefusedException(Refusal.TAMPERED, "'" + name + "' is " + e.size()
                        + " bytes in the archive; the signed manifest says " + f.size());
            }
            Path target = dir.resolve(f.path()).normalize();
            if (!target.startsWith(dir)) { // cannot happen for a path BundlePaths accepted; never trust one check
                throw new BundleRefusedException(Refusal.BAD_MANIFEST, "'" + name + "' would be written outside"
                        + " the bundle's directory");
            }
            Files.createDirectories(target.getParent());
            MessageDigest digest = BundleKeys.sha256();
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                tar.copyData(out, digest);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(f.sha256())) {
                throw new BundleRefusedException(Refusal.TAMPERED, "the content of '" + name
                        + "' does not match its SHA-256 in the signed manifest");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String path : expected.keySet()) {
            if (!seen.contains(path)) {
                missing.add(path);
            }
        }
        if (!missing.isEmpty()) {
            throw new BundleRefusedException(Refusal.TAMPERED, "the signed manifest lists files the archive does not"
                    + " hold: " + String.join(", ", missing));
        }
    }
}
