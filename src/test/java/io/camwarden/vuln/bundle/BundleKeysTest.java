package io.camwarden.vuln.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key files, checked against OpenSSL, which publishers may use to make and inspect keys. */
class BundleKeysTest {

    @TempDir
    Path tmp;

    @Test
    void keygenWritesAnOwnerOnlyPrivateKeyAndAPublicKeyAndNeverOverwrites() throws Exception {
        TestBundles.Keys keys = TestBundles.keys(tmp, "publisher.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateFile())))
                .isEqualTo("rw-------");
        assertThat(BundleKeys.readableByOthers(keys.privateFile())).isFalse();
        assertThat(Files.readString(keys.privateFile())).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(keys.publicFile())).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(BundleKeys.readPublic(keys.publicFile())).isEqualTo(keys.pair().getPublic());
        assertThat(BundleKeys.readPrivate(keys.privateFile()).getEncoded())
                .isEqualTo(keys.pair().getPrivate().getEncoded());

        byte[] before = Files.readAllBytes(keys.privateFile());
        assertThatThrownBy(() -> BundleKeys.write(BundleKeys.generate(), keys.privateFile(), tmp.resolve("new.pub")))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("refusing to overwrite");
        assertThat(Files.readAllBytes(keys.privateFile())).isEqualTo(before);
        assertThat(tmp.resolve("new.pub")).doesNotExist();
    }

    @Test
    void theFingerprintIsWhatOpensslComputesFromThePublicKeyFile() throws Exception {
        TestBundles.Keys keys = TestBundles.keys(tmp, "k");
        Path der = tmp.resolve("k.der");
        openssl("pkey", "-pubin", "-in", keys.publicFile().toString(), "-outform", "DER", "-out", der.toString());
        assertThat(keys.fingerprint()).isEqualTo(BundleVerifierTest.sha256(Files.readAllBytes(der)));
        // and OpenSSL reads the private key as the same key
        String pub = openssl("pkey", "-in", keys.privateFile().toString(), "-pubout");
        assertThat(pub.strip()).isEqualTo(Files.readString(keys.publicFile()).strip());
    }

    @Test
    void keysMadeWithOpensslSignBundlesThatVerify() throws Exception {
        Path priv = tmp.resolve("ossl.key");
        Path pub = tmp.resolve("ossl.key.pub");
        openssl("genpkey", "-algorithm", "ed25519", "-out", priv.toString());
        openssl("pkey", "-in", priv.toString(), "-pubout", "-out", pub.toString());
        Path content = TestBundles.content(tmp.resolve("c"), TestBundles.NVD_SOURCES);
        Path bundle = tmp.resolve("b.tar");
        BundleCreator.create(content, BundleKeys.readPrivate(priv), BundleKeys.readPublic(pub), "ossl", Map.of(),
                Instant.now(), bundle, (d, t) -> { });
        try (VerifiedBundle v = new BundleVerifier(TrustedKeys.load(List.of(pub), "test"), BundleLimits.DEFAULT)
                .verify(bundle, tmp.resolve("work"), null)) {
            assertThat(v.signer().file()).isEqualTo(pub.toString());
        }
    }

    @Test
    void aPublicKeyThatDoesNotBelongToThePrivateKeyIsCaughtWhenSigning() throws Exception {
        TestBundles.Keys a = TestBundles.keys(tmp.resolve("a"), "a");
        TestBundles.Keys b = TestBundles.keys(tmp.resolve("b"), "b");
        Path content = TestBundles.content(tmp.resolve("c"), TestBundles.NVD_SOURCES);
        assertThatThrownBy(() -> BundleCreator.create(content, a.pair().getPrivate(), b.pair().getPublic(), "x",
                Map.of(), Instant.now(), tmp.resolve("x.tar"), (d, t) -> { }))
                .hasMessageContaining("does not belong to the private key");
        assertThat(tmp.resolve("x.tar")).doesNotExist();
    }

    @Test
    void malformedTruncatedAndOversizedKeyFilesAreRefusedWithTheirName() throws Exception {
        TestBundles.Keys keys = TestBundles.keys(tmp, "k");
        String pem = Files.readString(keys.publicFile());
        Map<String, String> bad = Map.of(
                "empty.pub", "",
                "garbage.pub", "not a key at all",
                "truncated.pub", pem.substring(0, pem.length() / 2),
                "damaged.pub", pem.replace("MCow", "M!ow"),
                "wrongkey.pub", pem.replace("MCowBQYDK2VwAyEA", "MCowBQYDK2VuAyEA"), // X25519, not Ed25519
                "binary.pub", "\u0000\u00ff\u00fe");
        for (var e : bad.entrySet()) {
            Path f = tmp.resolve(e.getKey());
            Files.writeString(f, e.getValue(), StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> BundleKeys.readPublic(f)).as(e.getKey())
                    .isInstanceOf(BundleKeys.KeyFileException.class).hasMessageContaining(f.toString());
        }
        assertThatThrownBy(() -> BundleKeys.readPublic(keys.privateFile()))
                .hasMessageContaining("this is a private key: give the .pub file");
        assertThatThrownBy(() -> BundleKeys.readPrivate(keys.publicFile()))
                .isInstanceOf(BundleKeys.KeyFileException.class);
        Path huge = tmp.resolve("huge.pub");
        Files.write(huge, new byte[1 << 20]);
        assertThatThrownBy(() -> BundleKeys.readPublic(huge)).hasMessageContaining("too large");
        assertThatThrownBy(() -> TrustedKeys.load(List.of(tmp.resolve("missing.pub")), "CAMWARDEN_BUNDLE_KEYS"))
                .hasMessageContaining("missing.pub").hasMessageContaining("CAMWARDEN_BUNDLE_KEYS")
                .hasMessageContaining("does not exist");
    }

    @Test
    void trustedKeyListsAreCommaSeparatedPathsAndDeduplicatedByFingerprint() {
        TestBundles.Keys keys = TestBundles.keys(tmp, "k");
        assertThat(TrustedKeys.paths(" a.pub, ,b.pub ,")).containsExactly(Path.of("a.pub"), Path.of("b.pub"));
        assertThat(TrustedKeys.paths(null)).isEmpty();
        TrustedKeys twice = TrustedKeys.load(List.of(keys.publicFile(), keys.publicFile()), "test");
        assertThat(twice.all()).hasSize(1);
        assertThat(twice.find(keys.fingerprint()).key()).isEqualTo(keys.pair().getPublic());
        assertThat(TrustedKeys.none().isEmpty()).isTrue();
    }

    private String openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

}
