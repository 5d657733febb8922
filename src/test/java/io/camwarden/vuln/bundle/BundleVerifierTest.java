package io.camwarden.vuln.bundle;

import static io.camwarden.vuln.bundle.TestBundles.KEV;
import static io.camwarden.vuln.bundle.TestBundles.KEV_LICENSE;
import static io.camwarden.vuln.bundle.TestBundles.NVD_SOURCES;
import static io.camwarden.vuln.bundle.TestBundles.NVD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camwarden.domain.vuln.BundleFile;
import io.camwarden.domain.vuln.BundleManifest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleVerifierTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T06:00:00Z");

    @TempDir
    Path tmp;
    Path work;
    TestBundles.Keys publisher;

    @BeforeEach
    void setUp() throws IOException {
        // thousands of extractions below: a memory-backed file system, where there is one, keeps them fast
        Path shm = Path.of("/dev/shm");
        work = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "cw-bundle-test-")
                : Files.createDirectories(tmp.resolve("work"));
        publisher = TestBundles.keys(tmp.resolve("keys"), "publisher.key");
    }

    @AfterEach
    void removeWork() {
        VerifiedBundle.deleteRecursively(work);
    }

    private VerifiedBundle verify(byte[] archive, TrustedKeys trusted, BundleLimits limits) throws IOException {
        return new BundleVerifier(trusted, limits).verify(new ByteArrayInputStream(archive), work, null);
    }

    private VerifiedBundle verify(byte[] archive) throws IOException {
        return verify(archive, TestBundles.trusting(publisher), BundleLimits.DEFAULT);
    }

    private BundleRefusedException refusal(byte[] archive) {
        return refusal(archive, TestBundles.trusting(publisher), BundleLimits.DEFAULT);
    }

    private BundleRefusedException refusal(byte[] archive, TrustedKeys trusted, BundleLimits limits) {
        BundleRefusedException e = catchThrowableOfType(BundleRefusedException.class,
                () -> verify(archive, trusted, limits).close());
        assertThat(e).as("the archive should have been refused").isNotNull();
        assertThat(workIsEmpty()).as("a refused bundle leaves nothing in the work directory").isTrue();
        return e;
    }

    private boolean workIsEmpty() {
        try (Stream<Path> s = Files.list(work)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] smallBundle() throws IOException {
        Path content = TestBundles.content(tmp.resolve("small"), KEV_LICENSE, NVD_SOURCES);
        Path out = tmp.resolve("small.tar");
        TestBundles.create(content, publisher, out, CREATED);
        return Files.readAllBytes(out);
    }

    @Test
    void aBundleOfRealKevAndNvdDataVerifiesAndCarriesTheSourceVersions() throws IOException {
        Path content = TestBundles.content(tmp.resolve("content"), KEV, NVD);
        Path out = tmp.resolve("out/vuln-2026-11-22.tar");
        Files.createDirectories(out.getParent());
        BundleCreator.Created created = TestBundles.create(content, publisher, out, CREATED.plusMillis(750));

        assertThat(created.manifest().createdAt()).isEqualTo(CREATED);
        assertThat(created.manifest().sources()).containsExactlyInAnyOrderEntriesOf(
                Map.of("kev", "2025.08.25", "nvd", "2026-11-22T00:00:00.000"));
        assertThat(created.signerFingerprint()).isEqualTo(publisher.fingerprint());
        assertThat(created.archiveSha256()).isEqualTo(sha256(Files.readAllBytes(out)));

        Path extracted;
        try (VerifiedBundle v = new BundleVerifier(TestBundles.trusting(publisher), BundleLimits.DEFAULT)
                .verify(out, work, null)) {
            assertThat(v.manifest()).isEqualTo(created.manifest());
            assertThat(v.archiveSha256()).isEqualTo(created.archiveSha256());
            assertThat(v.signer().fingerprint()).isEqualTo(publisher.fingerprint());
            assertThat(v.manifest().files()).extracting(BundleFile::path)
                    .containsExactly("kev/known_exploited_vulnerabilities.json", "nvd/nvdcve-2.0-cameras.json");
            assertThat(v.manifest().file("kev/known_exploited_vulnerabilities.json").sha256())
                    .isEqualTo(sha256(Files.readAllBytes(KEV)));
            extracted = v.directory();
            assertThat(extracted.startsWith(work)).isTrue();
            assertThat(Files.mismatch(extracted.resolve("kev/known_exploited_vulnerabilities.json"), KEV)).isEqualTo(-1);
            assertThat(Files.mismatch(extracted.resolve("nvd/nvdcve-2.0-cameras.json"), NVD)).isEqualTo(-1);
        }
        assertThat(extracted).doesNotExist();
    }

    @Test
    void sourceVersionsGivenByThePublisherWinOverThoseReadFromFiles() throws IOException {
        Path content = TestBundles.content(tmp.resolve("content"), KEV);
        BundleCreator.Created c = BundleCreator.create(content, publisher.pair().getPrivate(),
                publisher.pair().getPublic(), "kev only", Map.of("kev", "2025.08.25-fixed", "vendor-advisories", "3"),
                CREATED, tmp.resolve("kev.tar"), (d, t) -> { });
        assertThat(c.manifest().sources()).isEqualTo(Map.of("kev", "2025.08.25-fixed", "vendor-advisories", "3"));
    }

    /**
     * The heart of it: no byte of a bundle can change without the bundle being refused. Every byte of the
     * structure (tar headers, manifest, signature, padding, end marker) is changed, the headers and the
     * signature two ways; in the data file, which SHA-256 covers, every 31st byte and the first and last.
     */
    @Test
    void everySingleByteChangeAnywhereInTheArchiveIsRefused() throws IOException {
        byte[] good = oneFileBundle();
        verify(good).close();
        boolean[] isData = dataBytes(good);
        boolean[] isHeaderOrSignature = headersAndSignature(good);
        int tried = 0;
        for (int i = 0; i < good.length; i++) {
            boolean edge = i == 0 || i == good.length - 1 || isData[i] != isData[i - 1] || isData[i] != isData[i + 1];
            if (isData[i] && !edge && i % 31 != 0) {
                continue;
            }
            for (int mask : isHeaderOrSignature[i] ? new int[] {0x01, 0x80} : new int[] {0x01}) {
                byte[] bad = good.clone();
                bad[i] ^= (byte) mask;
                final int at = i;
                BundleRefusedException e = catchThrowableOfType(BundleRefusedException.class,
                        () -> verify(bad).close());
                assertThat(e).as("byte %d changed (xor %02x) was not noticed", at, mask).isNotNull();
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(good.length - countTrue(isData));
        assertThat(workIsEmpty()).isTrue();
    }

    private byte[] oneFileBundle() throws IOException {
        Path content = TestBundles.content(tmp.resolve("one"), NVD_SOURCES);
        Path out = tmp.resolve("one.tar");
        TestBundles.create(content, publisher, out, CREATED);
        return Files.readAllBytes(out);
    }

    /** Tar header blocks and the manifest.sig entry's data. */
    private static boolean[] headersAndSignature(byte[] tar) {
        boolean[] marked = new boolean[tar.length];
        int offset = 0;
        for (int entry = 0; ; entry++) {
            byte[] header = Arrays.copyOfRange(tar, offset, offset + 512);
            if (CanonicalTar.isZero(header)) {
                return marked;
            }
            long size = CanonicalTar.readOctal(header, 124, 12);
            Arrays.fill(marked, offset, offset + 512 + (entry == 1 ? (int) size : 0), true);
            offset += 512 + (int) (size + CanonicalTar.padding(size));
        }
    }

    /** Which bytes of a canonical tar are data-file content (entries after manifest.json and manifest.sig). */
    private static boolean[] dataBytes(byte[] tar) {
        boolean[] data = new boolean[tar.length];
        int offset = 0;
        for (int entry = 0; ; entry++) {
            byte[] header = Arrays.copyOfRange(tar, offset, offset + 512);
            if (CanonicalTar.isZero(header)) {
                return data;
            }
            long size = CanonicalTar.readOctal(header, 124, 12);
            if (entry >= 2) {
                Arrays.fill(data, offset + 512, offset + 512 + (int) size, true);
            }
            offset += 512 + (int) (size + CanonicalTar.padding(size));
        }
    }

    private static int countTrue(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    @Test
    void oneByteChangedInARealBundleIsRefusedWhereverItIs() throws IOException {
        Path content = TestBundles.content(tmp.resolve("content"), KEV, NVD);
        Path out = tmp.resolve("real.tar");
        TestBundles.create(content, publisher, out, CREATED);
        byte[] good = Files.readAllBytes(out);
        Random random = new Random(42);
        int[] positions = new int[120];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = random.nextInt(good.length);
        }
        positions[0] = 0;
        positions[1] = good.length - 1;
        for (int at : positions) {
            byte[] bad = good.clone();
            bad[at] = (byte) (bad[at] + 1);
            assertThat(catchThrowableOfType(BundleRefusedException.class, () -> verify(bad).close()))
                    .as("byte %d changed", at).isNotNull();
        }
        assertThat(workIsEmpty()).isTrue();
    }

    @Test
    void theRefusalSaysWhatWasChanged() throws IOException {
        byte[] good = smallBundle();
        int manifestAt = 512 + 10;
        int signatureAt = indexOf(good, "\"signature\"") + 20;
        int dataAt = indexOf(good, "Creative Commons"); // inside kev/LICENSE
        int headerAt = indexOf(good, "kev/LICENSE\0") + 2;

        assertThat(refusal(flip(good, manifestAt)).reason()).isEqualTo(Refusal.BAD_SIGNATURE);
        assertThat(refusal(flip(good, signatureAt)).reason()).isEqualTo(Refusal.BAD_SIGNATURE);
        BundleRefusedException data = refusal(flip(good, dataAt));
        assertThat(data.reason()).isEqualTo(Refusal.TAMPERED);
        assertThat(data.getMessage()).contains("kev/LICENSE").contains("SHA-256");
        assertThat(data.explanation()).contains("Do not import it");
        assertThat(refusal(flip(good, headerAt)).reason()).isEqualTo(Refusal.DAMAGED);
        // another well-formed fingerprint (a different hex digit, not a flipped bit: 'a' ^ 1 is not hex)
        byte[] otherKey = good.clone();
        int keyAt = indexOf(good, "\"key\"") + 10;
        otherKey[keyAt] = (byte) (otherKey[keyAt] == '0' ? '1' : '0');
        assertThat(refusal(otherKey).reason()).isEqualTo(Refusal.UNKNOWN_SIGNER);
    }

    @Test
    void truncatedOrExtendedArchivesAreRefused() throws IOException {
        byte[] good = smallBundle();
        for (int len : new int[] {0, 1, 511, 512, 1000, 1024, good.length / 2, good.length - 1024, good.length - 1}) {
            BundleRefusedException e = refusal(Arrays.copyOf(good, len));
            assertThat(e.reason()).as("truncated to %d", len).isIn(Refusal.DAMAGED, Refusal.NOT_A_BUNDLE);
        }
        assertThat(refusal(Arrays.copyOf(good, good.length - 1)).getMessage()).contains("truncated");
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThat(refusal(longer).getMessage()).contains("end-of-archive marker");
        byte[] zeros = Arrays.copyOf(good, good.length + 512);
        assertThat(refusal(zeros).reason()).isEqualTo(Refusal.DAMAGED);
    }

    @Test
    void aBundleSignedByAnUntrustedKeyIsRefusedNamingBothKeys() throws IOException {
        byte[] good = smallBundle();
        TestBundles.Keys other = TestBundles.keys(tmp.resolve("other"), "other.key");
        BundleRefusedException e = refusal(good, TestBundles.trusting(other), BundleLimits.DEFAULT);
        assertThat(e.reason()).isEqualTo(Refusal.UNKNOWN_SIGNER);
        assertThat(e.getMessage()).contains(publisher.fingerprint()).contains(other.fingerprint());
        assertThat(e.explanation()).contains("--trust");

        BundleRefusedException none = refusal(good, TrustedKeys.none(), BundleLimits.DEFAULT);
        assertThat(none.getMessage()).contains("no key is trusted at all");
    }

    @Test
    void aSignatureThatClaimsATrustedKeyButWasMadeByAnotherIsRefused() throws IOException {
        TestBundles.Keys forger = TestBundles.keys(tmp.resolve("forger"), "forger.key");
        byte[] manifest = TestBundles.manifestJson(manifestFor(Map.of("a.txt", "hello".getBytes())));
        SignatureFile forged = new SignatureFile(publisher.fingerprint(),
                TestBundles.signature(manifest, forger).signature());
        byte[] archive = new TestBundles.Forge().entry("manifest.json", manifest).entry("manifest.sig", forged.toJson())
                .entry("a.txt", "hello".getBytes()).end();
        assertThat(refusal(archive).reason()).isEqualTo(Refusal.BAD_SIGNATURE);
    }

    @Test
    void anUnsignedBundleIsRefused() throws IOException {
        byte[] manifest = TestBundles.manifestJson(manifestFor(Map.of("a.txt", "hello".getBytes())));
        byte[] unsigned = new TestBundles.Forge().entry("manifest.json", manifest).entry("a.txt", "hello".getBytes())
                .end();
        BundleRefusedException e = refusal(unsigned);
        assertThat(e.reason()).isEqualTo(Refusal.UNSIGNED);
        assertThat(e.getMessage()).contains("not signed");
        byte[] onlyManifest = new TestBundles.Forge().entry("manifest.json", manifest).end();
        assertThat(refusal(onlyManifest).reason()).isEqualTo(Refusal.UNSIGNED);
        byte[] emptySig = new TestBundles.Forge().entry("manifest.json", manifest).entry("manifest.sig", new byte[0])
                .entry("a.txt", "hello".getBytes()).end();
        assertThat(refusal(emptySig).reason()).isEqualTo(Refusal.BAD_SIGNATURE);
    }

    @Test
    void archivesThatAreNotBundlesAreRefused() throws IOException {
        assertThat(refusal(new byte[0]).reason()).isEqualTo(Refusal.DAMAGED);
        assertThat(refusal("PK\u0003\u0004 a zip, not a tar".getBytes()).reason()).isEqualTo(Refusal.DAMAGED);
        assertThat(refusal(new byte[1024]).reason()).isEqualTo(Refusal.NOT_A_BUNDLE); // an empty tar
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertThat(refusal(random).reason()).isIn(Refusal.NOT_A_BUNDLE, Refusal.DAMAGED);
        byte[] otherTar = new TestBundles.Forge().entry("README", "hi".getBytes()).end();
        assertThat(refusal(otherTar).getMessage()).contains("first entry is 'README'");
    }

    @Test
    void entriesNamedToEscapeTheDirectoryAreRefusedAndNothingIsWrittenOutsideIt() throws IOException {
        byte[] data = "hello".getBytes();
        byte[] manifest = TestBundles.manifestJson(manifestFor(Map.of("kev/a.txt", data)));
        for (String evil : new String[] {"../escaped.txt", "../../escaped.txt", "/tmp/escaped.txt",
                "kev/../../escaped.txt"}) {
            byte[] archive = new TestBundles.Forge().signedManifest(manifest, publisher).entry(evil, data)
                    .entry("kev/a.txt", data).end();
            BundleRefusedException e = refusal(archive);
            assertThat(e.reason()).isEqualTo(Refusal.TAMPERED);
            assertThat(e.getMessage()).contains("does not list");
        }
        // a manifest signed by a trusted key that itself names an escaping path is refused before any write
        byte[] evilManifest = TestBundles.manifestJson(manifestFor(Map.of("../escaped.txt", data)));
        byte[] archive = new TestBundles.Forge().signedManifest(evilManifest, publisher).entry("../escaped.txt", data)
                .end();
        BundleRefusedException e = refusal(archive);
        assertThat(e.reason()).isEqualTo(Refusal.BAD_MANIFEST);
        assertThat(e.getMessage()).contains("../escaped.txt").contains("'..'");
        assertThat(tmp.resolve("escaped.txt")).doesNotExist();
        assertThat(Path.of("/tmp/escaped.txt")).doesNotExist();
        assertThat(work.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void absurdSizesAreRefusedBeforeAnythingIsReadOrWritten() throws IOException {
        BundleLimits small = new BundleLimits(3, 1000, 1500, 2048);
        byte[] data = "hello".getBytes();
        byte[] manifest = TestBundles.manifestJson(manifestFor(Map.of("a.txt", data)));

        // a header declaring 8 GiB where the manifest says 5 bytes: refused on the header, no 8 GiB read
        byte[] hugeEntry = new TestBundles.Forge().signedManifest(manifest, publisher)
                .header("a.txt", CanonicalTar.MAX_SIZE).unterminated();
        BundleRefusedException e = refusal(hugeEntry, TestBundles.trusting(publisher), small);
        assertThat(e.reason()).isEqualTo(Refusal.TAMPERED);
        assertThat(e.getMessage()).contains("8589934591 bytes").contains("says 5");

        // a signed manifest that lists a file larger than the limit
        BundleManifest big = new BundleManifest(BundleManifest.FORMAT, "big", CREATED, Map.of(),
                List.of(new BundleFile("a.txt", 5000, "a".repeat(64))));
        byte[] bigArchive = new TestBundles.Forge().signedManifest(TestBundles.manifestJson(big), publisher)
                .header("a.txt", 5000).unterminated();
        e = refusal(bigArchive, TestBundles.trusting(publisher), small);
        assertThat(e.reason()).isEqualTo(Refusal.TOO_LARGE);
        assertThat(e.getMessage()).contains("1000 bytes each");

        // more files than allowed
        BundleManifest many = new BundleManifest(BundleManifest.FORMAT, "many", CREATED, Map.of(),
                Stream.of("a", "b", "c", "d").map(n -> new BundleFile(n, 1, "a".repeat(64))).toList());
        e = refusal(new TestBundles.Forge().signedManifest(TestBundles.manifestJson(many), publisher).end(),
                TestBundles.trusting(publisher), small);
        assertThat(e.reason()).isEqualTo(Refusal.TOO_LARGE);

        // a manifest entry larger than the manifest limit is refused from its header
        byte[] hugeManifest = new TestBundles.Forge().header("manifest.json", 1L << 32).unterminated();
        e = refusal(hugeManifest, TestBundles.trusting(publisher), small);
        assertThat(e.reason()).isEqualTo(Refusal.TOO_LARGE);
        assertThat(e.getMessage()).contains("4294967296 bytes");

        // and so is a signature entry far larger than a signature
        byte[] hugeSig = new TestBundles.Forge().entry("manifest.json", manifest).header("manifest.sig", 1L << 30)
                .unterminated();
        assertThat(refusal(hugeSig).reason()).isEqualTo(Refusal.BAD_SIGNATURE);
    }

    @Test
    void extraMissingAndDuplicateFilesAreRefused() throws IOException {
        byte[] a = "alpha".getBytes();
        byte[] b = "bravo".getBytes();
        byte[] manifest = TestBundles.manifestJson(manifestFor(Map.of("a.txt", a, "b.txt", b)));

        verify(new TestBundles.Forge().signedManifest(manifest, publisher).entry("b.txt", b).entry("a.txt", a).end())
                .close();

        BundleRefusedException missing = refusal(new TestBundles.Forge().signedManifest(manifest, publisher)
                .entry("a.txt", a).end());
        assertThat(missing.reason()).isEqualTo(Refusal.TAMPERED);
        assertThat(missing.getMessage()).contains("does not hold: b.txt");

        BundleRefusedException extra = refusal(new TestBundles.Forge().signedManifest(manifest, publisher)
                .entry("a.txt", a).entry("b.txt", b).entry("c.txt", b).end());
        assertThat(extra.getMessage()).contains("'c.txt', which the signed manifest does not list");

        BundleRefusedException twice = refusal(new TestBundles.Forge().signedManifest(manifest, publisher)
                .entry("a.txt", a).entry("a.txt", a).entry("b.txt", b).end());
        assertThat(twice.getMessage()).contains("'a.txt' twice");

        BundleRefusedException secondManifest = refusal(new TestBundles.Forge().signedManifest(manifest, publisher)
                .entry("a.txt", a).entry("b.txt", b).entry("manifest.json", manifest).end());
        assertThat(secondManifest.reason()).isEqualTo(Refusal.TAMPERED);

        BundleRefusedException swapped = refusal(new TestBundles.Forge().signedManifest(manifest, publisher)
                .entry("a.txt", b).entry("b.txt", a).end());
        assertThat(swapped.getMessage()).contains("'a.txt' does not match its SHA-256");
    }

    @Test
    void aSignedButMalformedManifestIsRefused() throws IOException {
        for (String json : new String[] {"{not json", "[]", "null", "{}",
                "{\"format\":\"camwarden-bundle/1\",\"name\":\"x\",\"createdAt\":\"yesterday\",\"files\":[]}",
                "{\"format\":\"camwarden-bundle/1\",\"name\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
                        + "\"files\":[{\"path\":\"a\",\"size\":\"big\",\"sha256\":\"x\"}]}",
                "{\"format\":\"camwarden-bundle/1\",\"name\":\"x\",\"name\":\"y\",\"createdAt\":\"2026-01-01T00:00:00Z\","
                        + "\"files\":[]}",
                "{\"format\":\"camwarden-bundle/1\",\"name\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
                        + "\"sources\":{\"nvd\":{}},\"files\":[]}"}) {
            byte[] archive = new TestBundles.Forge().signedManifest(json.getBytes(StandardCharsets.UTF_8), publisher)
                    .end();
            BundleRefusedException e = refusal(archive);
            assertThat(e.reason()).as(json).isEqualTo(Refusal.BAD_MANIFEST);
            assertThat(e.getMessage()).as(json).contains("manifest");
        }
    }

    @Test
    void randomDamageNeverEscapesAsAnythingButARefusal() throws IOException {
        byte[] good = smallBundle();
        Random random = new Random(2026);
        for (int round = 0; round < 400; round++) {
            byte[] bad = good.clone();
            int changes = 1 + random.nextInt(8);
            for (int i = 0; i < changes; i++) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            if (Arrays.equals(bad, good)) {
                continue;
            }
            byte[] input = random.nextBoolean() ? bad : Arrays.copyOf(bad, random.nextInt(bad.length));
            assertThatThrownBy(() -> verify(input).close()).isInstanceOf(BundleRefusedException.class);
        }
        assertThat(workIsEmpty()).isTrue();
    }

    private BundleManifest manifestFor(Map<String, byte[]> files) {
        List<BundleFile> list = files.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new BundleFile(e.getKey(), e.getValue().length, sha256(e.getValue()))).toList();
        return new BundleManifest(BundleManifest.FORMAT, "forged", CREATED, Map.of(), list);
    }

    private static byte[] flip(byte[] good, int at) {
        byte[] bad = good.clone();
        bad[at] ^= 0x01;
        return bad;
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + n.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + n.length, n, 0, n.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException(needle + " not in the archive");
    }

    static String sha256(byte[] data) {
        return HexFormat.of().formatHex(BundleKeys.sha256().digest(data));
    }
}
