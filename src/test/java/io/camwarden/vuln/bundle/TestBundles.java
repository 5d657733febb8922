package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.BundleManifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Map;

/**
 * Real data from ../shared for bundle tests (copied into temp directories at test time, never into the
 * repository), key pairs on disk, and a forge that writes archives `bundle create` never would.
 */
final class TestBundles {

    static final Path SHARED = Path.of(System.getProperty("camwarden.shared", "../shared"));
    static final Path KEV = SHARED.resolve("data/kev/known_exploited_vulnerabilities.json");
    static final Path NVD_SOURCES = SHARED.resolve("data/nvd/SOURCES.md");
    static final Path KEV_LICENSE = SHARED.resolve("data/kev/LICENSE");
    static final Path NVD = SHARED.resolve("data/nvd/nvdcve-2.0-cameras.json");

    private TestBundles() {
    }

    /** A key pair written as KEYFILE and KEYFILE.pub under dir. */
    record Keys(KeyPair pair, Path privateFile, Path publicFile) {
        String fingerprint() {
            return BundleKeys.fingerprint(pair.getPublic());
        }
    }

    static Keys keys(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            KeyPair pair = BundleKeys.generate();
            Path priv = dir.resolve(name);
            Path pub = dir.resolve(name + ".pub");
            BundleKeys.write(pair, priv, pub);
            return new Keys(pair, priv, pub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A content directory holding copies of the given shared files, at kev/... and nvd/... */
    static Path content(Path dir, Path... files) throws IOException {
        for (Path f : files) {
            Path target = dir.resolve(f.getParent().getFileName().toString()).resolve(f.getFileName().toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
        return dir;
    }

    static BundleCreator.Created create(Path content, Keys keys, Path out, Instant createdAt) throws IOException {
        return BundleCreator.create(content, keys.pair().getPrivate(), keys.pair().getPublic(), "test bundle",
                Map.of(), createdAt, out, (done, total) -> { });
    }

    static TrustedKeys trusting(Keys... keys) {
        TrustedKeys t = TrustedKeys.none();
        for (Keys k : keys) {
            t = t.plus(TrustedKeys.load(java.util.List.of(k.publicFile()), "test"));
        }
        return t;
    }

    /** Writes tar entries exactly as given: any names, any order, any content. */
    static final class Forge {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Forge entry(String name, byte[] data) {
            out.writeBytes(CanonicalTar.header(name, data.length, 1_700_000_000L));
            out.writeBytes(data);
            out.writeBytes(new byte[(int) CanonicalTar.padding(data.length)]);
            return this;
        }

        /** manifest.json and a valid manifest.sig for it, signed with keys. */
        Forge signedManifest(byte[] manifestJson, Keys keys) {
            entry("manifest.json", manifestJson);
            return entry("manifest.sig", signature(manifestJson, keys).toJson());
        }

        /** A header only: the size it declares need not be followed by that much data. */
        Forge header(String name, long declaredSize) {
            out.writeBytes(CanonicalTar.header(name, declaredSize, 1_700_000_000L));
            return this;
        }

        byte[] end() {
            out.writeBytes(new byte[1024]);
            return out.toByteArray();
        }

        byte[] unterminated() {
            return out.toByteArray();
        }
    }

    static SignatureFile signature(byte[] manifestJson, Keys keys) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.pair().getPrivate());
            s.update(manifestJson);
            return new SignatureFile(keys.fingerprint(), s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] manifestJson(BundleManifest m) {
        return ManifestJson.write(m);
    }
}
