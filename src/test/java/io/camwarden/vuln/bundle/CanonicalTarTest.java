package io.camwarden.vuln.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle's tar form against GNU tar, the reference implementation every operator has. */
class CanonicalTarTest {

    @TempDir
    Path tmp;

    @Test
    void gnuTarListsAndExtractsABundleExactly() throws Exception {
        TestBundles.Keys keys = TestBundles.keys(tmp.resolve("keys"), "k");
        Path content = TestBundles.content(tmp.resolve("content"), TestBundles.KEV, TestBundles.NVD_SOURCES);
        Path bundle = tmp.resolve("bundle.tar");
        TestBundles.create(content, keys, bundle, Instant.parse("2026-11-22T06:00:00Z"));

        String listing = run(tmp, "tar", "-tvf", bundle.toString());
        assertThat(listing.lines().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList()).containsExactly(
                "manifest.json", "manifest.sig", "kev/known_exploited_vulnerabilities.json", "nvd/SOURCES.md");
        assertThat(listing).contains("-rw-r--r--").contains("2026-11-22").contains(" 1257565 ");

        Path out = Files.createDirectories(tmp.resolve("gnu"));
        run(out, "tar", "-xf", bundle.toString());
        assertThat(Files.mismatch(out.resolve("kev/known_exploited_vulnerabilities.json"), TestBundles.KEV)).isEqualTo(-1);
        assertThat(Files.mismatch(out.resolve("nvd/SOURCES.md"), TestBundles.NVD_SOURCES)).isEqualTo(-1);
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"camwarden-bundle/1\"");
    }

    @Test
    void anArchiveRepackedByGnuTarIsNotAcceptedAsCanonical() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("d"));
        Files.writeString(dir.resolve("manifest.json"), "{}");
        Path gnu = tmp.resolve("gnu.tar");
        run(dir, "tar", "--format=ustar", "-cf", gnu.toString(), "manifest.json");
        TarReader reader = new TarReader(Files.newInputStream(gnu), null);
        BundleRefusedException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                BundleRefusedException.class, reader::next);
        assertThat(e.reason()).isEqualTo(Refusal.DAMAGED);
        assertThat(e.getMessage()).contains("not in the form `camwarden bundle create` writes");
    }

    @Test
    void writerAndReaderAgreeOnSizesAtBlockBoundaries() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        List<Integer> sizes = List.of(0, 1, 511, 512, 513, 1024, 70_000);
        try (TarWriter w = new TarWriter(buf, 1_700_000_000L)) {
            for (int size : sizes) {
                w.add("f" + size, new byte[size]);
            }
        }
        TarReader r = new TarReader(new ByteArrayInputStream(buf.toByteArray()), null);
        for (int size : sizes) {
            TarReader.Entry e = r.next();
            assertThat(e.name()).isEqualTo("f" + size);
            assertThat(e.size()).isEqualTo(size);
            assertThat(r.readSmall()).hasSize(size);
        }
        assertThat(r.next()).isNull();
        assertThat(r.offset()).isEqualTo(buf.size());
    }

    @Test
    void headersRefuseWhatTheFormCannotHold() {
        for (String bad : new String[] {"", "x".repeat(101), "naïve"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalTar.header(bad, 1, 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalTar.header("a", CanonicalTar.MAX_SIZE + 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] h = CanonicalTar.header("a", 5, 0);
        assertThat(CanonicalTar.readOctal(h, 148, 7)).isEqualTo(CanonicalTar.checksum(h));
        assertThat(new String(h, 257, 8, StandardCharsets.US_ASCII)).isEqualTo("ustar\u000000");
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
