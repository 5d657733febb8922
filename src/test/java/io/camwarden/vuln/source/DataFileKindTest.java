package io.camwarden.vuln.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are told apart by extension and content, gzip or not, whatever their folder. */
class DataFileKindTest {

    static final Path SHARED = Path.of(System.getProperty("camwarden.shared", "../shared"), "data");

    @TempDir
    Path tmp;

    private Path gzip(Path source, String name) throws Exception {
        Path out = tmp.resolve(name);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            Files.copy(source, o);
        }
        return out;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void tellsEveryKind() throws Exception {
        assertThat(DataFileKind.of(SHARED.resolve("nvd/nvdcve-2.0-cameras.json"))).isEqualTo(DataFileKind.NVD_JSON);
        assertThat(DataFileKind.of(SHARED.resolve("kev/known_exploited_vulnerabilities.json")))
                .isEqualTo(DataFileKind.KEV_JSON);
        assertThat(DataFileKind.of(SHARED.resolve("nvd/cve5-cameras.jsonl"))).isEqualTo(DataFileKind.CVE5_JSONL);
        assertThat(DataFileKind.of(SHARED.resolve("epss/epss_scores.csv"))).isEqualTo(DataFileKind.EPSS_CSV);
        assertThat(DataFileKind.of(SHARED.resolve("kev/LICENSE"))).isNull();
        assertThat(DataFileKind.of(SHARED.resolve("nvd/cpe-names-in-configurations.csv"))).isNull();
        assertThat(DataFileKind.of(SHARED.resolve("kev/known_exploited_vulnerabilities_schema.json"))).isNull();

        assertThat(DataFileKind.of(write("CVE-2017-7921.json", "{\"cve\": {\"id\": \"CVE-2017-7921\"}}")))
                .isEqualTo(DataFileKind.NVD_JSON);
        assertThat(DataFileKind.of(write("bare.json", "{\"id\": \"CVE-2017-7921\", \"published\": \"x\"}")))
                .isEqualTo(DataFileKind.NVD_JSON);
        assertThat(DataFileKind.of(write("CVE-2021-36260.json", "{\"dataType\": \"CVE_RECORD\", \"dataVersion\": \"5.1\"}")))
                .isEqualTo(DataFileKind.CVE5_JSON);
        assertThat(DataFileKind.of(write("epss.csv", "#model_version:v2025.03.14,score_date:2025-08-16T00:00:00+0000\n"
                + "cve,epss,percentile\n"))).isEqualTo(DataFileKind.EPSS_CSV);
        assertThat(DataFileKind.of(write("adv.csv", "# comment\nadvisory,vendor,model_pattern,cves\n")))
                .isEqualTo(DataFileKind.ADVISORY_CSV);
        assertThat(DataFileKind.of(write("broken.json", "{\"resul"))).isNull();
        assertThat(DataFileKind.of(write("list.json", "[1, 2]"))).isNull();
    }

    @Test
    void gzipIsReadByItsBytesAndTheNvdFeedReadsWholeFromIt() throws Exception {
        Path gz = gzip(SHARED.resolve("nvd/nvdcve-2.0-cameras.json"), "nvdcve-2.0-cameras.json.gz");
        assertThat(DataFileKind.of(gz)).isEqualTo(DataFileKind.NVD_JSON);
        try (InputStream in = DataFiles.open(gz)) {
            assertThat(NvdJsonReader.read("gz", in, v -> { }, p -> { }).read()).isEqualTo(691);
        }
        Path epss = gzip(SHARED.resolve("epss/epss_scores.csv"), "epss.csv.gz");
        assertThat(DataFileKind.of(epss)).isEqualTo(DataFileKind.EPSS_CSV);
        Path cve5 = gzip(SHARED.resolve("nvd/cve5-cameras.jsonl"), "cve5.jsonl.gz");
        assertThat(DataFileKind.of(cve5)).isEqualTo(DataFileKind.CVE5_JSONL);
    }
}
