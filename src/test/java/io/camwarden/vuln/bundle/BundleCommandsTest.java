package io.camwarden.vuln.bundle;

import io.camwarden.support.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keygen, create and verify as an operator runs them: no Spring, no database. */
class BundleCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void keygenCreateAndVerifyRoundTripWithRealData() throws IOException {
        Path key = tmp.resolve("publisher.key");
        Cli keygen = Cli.run("bundle", "keygen", "--out", key.toString());
        assertThat(keygen.exit()).as(keygen.toString()).isZero();
        String fingerprint = BundleKeys.fingerprint(BundleKeys.readPublic(Path.of(key + ".pub")));
        assertThat(keygen.out()).contains("fingerprint  " + fingerprint);

        Cli again = Cli.run("bundle", "keygen", "--out", key.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").contains("refusing to overwrite");

        Path content = TestBundles.content(tmp.resolve("content"), TestBundles.KEV, TestBundles.NVD);
        Path bundle = tmp.resolve("vuln-2026-11-22.tar");
        Cli create = Cli.run("bundle", "create", content.toString(), "--key", key.toString(), "--out",
                bundle.toString(), "--source", "vendor-advisories=2026-11-20");
        assertThat(create.exit()).as(create.toString()).isZero();
        String archiveSha = BundleVerifierTest.sha256(Files.readAllBytes(bundle));
        assertThat(create.out()).contains("wrote bundle").contains("name     vuln-2026-11-22")
                .contains("kev 2025.08.25, nvd 2026-11-22T00:00:00.000, vendor-advisories 2026-11-20")
                .contains("files    2, 5,053,862 bytes").contains("archive  SHA-256 " + archiveSha)
                .contains("signer   " + fingerprint);

        Cli ok = Cli.run("bundle", "verify", bundle.toString(), "--trust", key + ".pub");
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("bundle OK").contains("archive  SHA-256 " + archiveSha)
                .contains("signer   " + fingerprint + " (trusted: " + key + ".pub)")
                .contains("kev/known_exploited_vulnerabilities.json").contains("nvd/nvdcve-2.0-cameras.json")
                .contains("today");

        Cli untrusted = Cli.run("bundle", "verify", bundle.toString());
        assertThat(untrusted.exit()).isEqualTo(1);
        assertThat(untrusted.out()).contains("bundle REFUSED").contains(fingerprint).contains("not trusted")
                .contains("--trust PUBKEY");

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 0x20;
        Path tampered = tmp.resolve("tampered.tar");
        Files.write(tampered, bytes);
        Cli refused = Cli.run("bundle", "verify", tampered.toString(), "--trust", key + ".pub");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("bundle REFUSED: the content of 'nvd/nvdcve-2.0-cameras.json' does not"
                + " match its SHA-256 in the signed manifest").contains("Do not import it");
    }

    @Test
    void mistakesGetAMessageAndExitCode2() throws IOException {
        Path key = tmp.resolve("k");
        assertThat(Cli.run("bundle", "keygen", "--out", key.toString()).exit()).isZero();
        Path content = TestBundles.content(tmp.resolve("content"), TestBundles.NVD_SOURCES);

        Cli noFile = Cli.run("bundle", "verify", tmp.resolve("missing.tar").toString());
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("missing.tar is not a file");

        Cli badTrust = Cli.run("bundle", "verify", key.toString(), "--trust", key.toString());
        assertThat(badTrust.exit()).isEqualTo(2);
        assertThat(badTrust.err()).contains("this is a private key: give the .pub file").contains("--trust");

        Cli noPub = Cli.run("bundle", "create", content.toString(), "--key", key.toString(), "--pub",
                tmp.resolve("nope.pub").toString(), "--out", tmp.resolve("b.tar").toString());
        assertThat(noPub.exit()).isEqualTo(2);
        assertThat(noPub.err()).contains("nope.pub does not exist");

        Cli noDir = Cli.run("bundle", "create", tmp.resolve("nodir").toString(), "--key", key.toString(), "--out",
                tmp.resolve("b.tar").toString());
        assertThat(noDir.exit()).isEqualTo(2);
        assertThat(noDir.err()).contains("is not a directory");

        Cli usage = Cli.run("bundle", "create", content.toString());
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("Missing required options");
    }
}
