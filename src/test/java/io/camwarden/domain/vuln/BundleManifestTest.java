package io.camwarden.domain.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleManifestTest {

    private static final String SHA = "a".repeat(64);
    private static final Instant T = Instant.parse("2026-11-22T06:00:00Z");

    private static BundleManifest manifest(BundleFile... files) {
        return new BundleManifest(BundleManifest.FORMAT, "test", T, Map.of("kev", "2025.08.25"), List.of(files));
    }

    private static List<String> problems(BundleManifest m) {
        return m.problems(100, 1000, 2000);
    }

    @Test
    void aSoundManifestHasNoProblems() {
        BundleManifest m = manifest(new BundleFile("kev/known_exploited_vulnerabilities.json", 10, SHA),
                new BundleFile("nvd/nvdcve-2.0-2024.json.gz", 20, SHA), new BundleFile("README_1.txt", 0, SHA));
        assertThat(problems(m)).isEmpty();
        assertThat(m.totalBytes()).isEqualTo(30);
        assertThat(m.file("README_1.txt").size()).isZero();
        assertThat(m.file("missing")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "a/../../evil", "/etc/passwd", "a\\..\\evil", "C:evil", "./a", "a/./b", "a//b",
            "a/", ".hidden", "-rf", "a b", "naïve.json", "manifest.json", "manifest.sig", "a\u0000b", ""})
    void unsafeOrReservedNamesAreRefused(String path) {
        assertThat(BundlePaths.problem(path)).as(path).isNotNull();
        assertThat(problems(manifest(new BundleFile(path, 1, SHA)))).as(path).hasSize(1);
    }

    @Test
    void tooLongNamesAreRefused() {
        assertThat(BundlePaths.problem("a".repeat(100))).isNull();
        assertThat(BundlePaths.problem("a".repeat(101))).contains("longer than 100");
    }

    @Test
    void namesThatCollideWithoutRegardToCaseAreDuplicates() {
        assertThat(problems(manifest(new BundleFile("KEV.json", 1, SHA), new BundleFile("kev.json", 1, SHA))))
                .singleElement().asString().contains("listed twice");
    }

    @Test
    void aPathCannotBeBothFileAndFolder() {
        assertThat(problems(manifest(new BundleFile("nvd", 1, SHA), new BundleFile("nvd/2024.json", 1, SHA))))
                .singleElement().asString().contains("both a file and a folder");
    }

    @Test
    void sizesHashesAndLimitsAreChecked() {
        assertThat(problems(manifest(new BundleFile("a", -1, SHA)))).singleElement().asString().contains("size -1");
        assertThat(problems(manifest(new BundleFile("a", 1001, SHA)))).singleElement().asString().contains("size 1001");
        assertThat(problems(manifest(new BundleFile("a", 1000, SHA), new BundleFile("b", 1000, SHA),
                new BundleFile("c", 1, SHA)))).singleElement().asString().contains("more than the limit of 2000");
        assertThat(problems(manifest(new BundleFile("a", 1, "A".repeat(64))))).singleElement().asString()
                .contains("SHA-256");
        assertThat(problems(manifest(new BundleFile("a", 1, null)))).hasSize(1);
        assertThat(manifest(new BundleFile("a", 1, SHA), new BundleFile("b", 1, SHA)).problems(1, 10, 10))
                .singleElement().asString().contains("more than the limit of 1");
    }

    @Test
    void formatNameTimeAndFilesAreRequired() {
        BundleManifest m = new BundleManifest("camwarden-bundle/2", " ", null, null, null);
        assertThat(problems(m)).hasSize(4).anyMatch(p -> p.contains("camwarden-bundle/2"))
                .anyMatch(p -> p.contains("name")).anyMatch(p -> p.contains("createdAt"))
                .anyMatch(p -> p.contains("no data files"));
    }

    @Test
    void dataAgeCountsFromCreationAndWarnsPastTheLimit() {
        DataAge fresh = DataAge.of(T, T.plus(Duration.ofDays(7)), 7);
        assertThat(fresh.ageDays()).isEqualTo(7);
        assertThat(fresh.stale()).isFalse();
        DataAge old = DataAge.of(T, T.plus(Duration.ofDays(7)).plusSeconds(1), 7);
        assertThat(old.stale()).isTrue();
        assertThat(old.message()).contains("7 days old").contains("import a newer bundle");
        DataAge none = DataAge.of(null, T, 7);
        assertThat(none.stale()).isTrue();
        assertThat(none.ageDays()).isNull();
        assertThat(none.message()).contains("no vulnerability data");
        assertThat(DataAge.of(T.plusSeconds(3600), T, 7).ageDays()).isZero();
    }
}
