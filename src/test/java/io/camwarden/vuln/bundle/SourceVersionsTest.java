package io.camwarden.vuln.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceVersionsTest {

    @TempDir
    Path tmp;

    private static Optional<SourceVersions.SourceVersion> detect(Path p) {
        return SourceVersions.detect(p);
    }

    @Test
    void versionsOfTheRealSharedFiles() {
        assertThat(detect(TestBundles.KEV)).contains(new SourceVersions.SourceVersion("kev", "2025.08.25"));
        assertThat(detect(TestBundles.NVD))
                .contains(new SourceVersions.SourceVersion("nvd", "2026-11-22T00:00:00.000"));
        // the shared EPSS file has no comment line, CVE JSON 5 lines carry no version: none is invented
        assertThat(detect(TestBundles.SHARED.resolve("data/epss/epss_scores.csv"))).isEmpty();
        assertThat(detect(TestBundles.SHARED.resolve("data/nvd/cve5-cameras.jsonl"))).isEmpty();
        assertThat(detect(TestBundles.NVD_SOURCES)).isEmpty();
    }

    @Test
    void gzippedFilesAndEpssHeadersAreRead() throws IOException {
        Path kevGz = tmp.resolve("kev.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(kevGz))) {
            Files.copy(TestBundles.KEV, out);
        }
        assertThat(detect(kevGz)).contains(new SourceVersions.SourceVersion("kev", "2025.08.25"));

        Path epss = tmp.resolve("epss_scores-2026-08-16.csv");
        Files.writeString(epss, "#model_version:v2025.03.14,score_date:2026-08-16T00:00:00+0000\n"
                + "cve,epss,percentile\nCVE-1999-1593,0.181260000,0.969460000\n");
        assertThat(detect(epss))
                .contains(new SourceVersions.SourceVersion("epss", "v2025.03.14 2026-08-16T00:00:00+0000"));
    }

    @Test
    void malformedTruncatedAndOversizedHeadsGiveNoVersionAndNoError() throws IOException {
        String[][] cases = {
                {"a.json", ""}, {"b.json", "{\"catalogVersion\": "}, {"c.json", "[1,2,3]"}, {"d.json", "not json"},
                {"e.json", "{\"format\":\"NVD_CVE\",\"vulnerabilities\":[],\"timestamp\":\"late\"}"},
                {"f.json", "{\"catalogVersion\":\"" + "9".repeat(10_000) + "\"}"},
                {"g.csv", "#"}, {"h.csv", "#no fields here"}, {"i.csv", ""},
                {"j.json.gz", "not gzip"}, {"k.txt", "{\"catalogVersion\":\"1\"}"}};
        for (String[] c : cases) {
            Path p = tmp.resolve(c[0]);
            Files.writeString(p, c[1], StandardCharsets.UTF_8);
            assertThat(detect(p)).as(c[0]).isEmpty();
        }
        // a gzip stream cut short mid-way
        Path cut = tmp.resolve("cut.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cut))) {
            out.write("{\"title\":\"x\",".getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 6));
        assertThat(detect(cut)).isEmpty();
    }
}
