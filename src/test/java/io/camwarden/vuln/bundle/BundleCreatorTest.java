package io.camwarden.vuln.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCreatorTest {

    @TempDir
    Path tmp;
    TestBundles.Keys keys;
    Path content;

    @BeforeEach
    void setUp() throws IOException {
        keys = TestBundles.keys(tmp.resolve("keys"), "k");
        content = TestBundles.content(tmp.resolve("content"), TestBundles.NVD_SOURCES);
    }

    @Test
    void theSameContentAndTimeMakeTheSameBytes() throws IOException {
        Instant t = Instant.parse("2026-11-22T06:00:00Z");
        var a = TestBundles.create(content, keys, tmp.resolve("a.tar"), t);
        var b = TestBundles.create(content, keys, tmp.resolve("b.tar"), t);
        assertThat(a.archiveSha256()).isEqualTo(b.archiveSha256());
        assertThat(Files.mismatch(a.archive(), b.archive())).isEqualTo(-1);
    }

    @Test
    void progressCountsUpToTheTotal() throws IOException {
        List<long[]> updates = new ArrayList<>();
        BundleCreator.create(content, keys.pair().getPrivate(), keys.pair().getPublic(), "p", java.util.Map.of(),
                Instant.now(), tmp.resolve("p.tar"), (done, total) -> updates.add(new long[] {done, total}));
        long size = Files.size(TestBundles.NVD_SOURCES);
        assertThat(updates).isNotEmpty();
        assertThat(updates.getLast()).containsExactly(2 * size, 2 * size);
    }

    @Test
    void whatABundleCannotCarryIsNamedAndNoArchiveIsLeft() throws IOException {
        Files.writeString(content.resolve(".DS_Store"), "x");
        Files.createSymbolicLink(content.resolve("link.json"), TestBundles.KEV);
        Path out = tmp.resolve("out.tar");
        assertThatThrownBy(() -> TestBundles.create(content, keys, out, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".DS_Store").hasMessageContaining("link.json: not a regular file");
        assertThat(out).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void emptyOrMissingDirectoriesAndOutputInsideTheDirectoryAreRefused() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> TestBundles.create(empty, keys, tmp.resolve("e.tar"), Instant.now()))
                .hasMessageContaining("holds no files");
        assertThatThrownBy(() -> TestBundles.create(tmp.resolve("nope"), keys, tmp.resolve("e.tar"), Instant.now()))
                .hasMessageContaining("is not a directory");
        assertThatThrownBy(() -> TestBundles.create(content, keys, content.resolve("self.tar"), Instant.now()))
                .hasMessageContaining("lies inside");
    }
}
