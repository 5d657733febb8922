package io.camwarden.vuln.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.domain.vuln.CpeMatch;
import io.camwarden.domain.vuln.Operator;
import io.camwarden.domain.vuln.Vulnerability;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NvdJsonReaderTest {

    static final Path NVD = Path.of(System.getProperty("camwarden.shared", "../shared"), "data", "nvd",
            "nvdcve-2.0-cameras.json");

    @Test
    void readsEveryRecordOfTheSharedCameraFeed() throws Exception {
        Map<String, Vulnerability> byId = new HashMap<>();
        List<RecordProblem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(NVD)) {
            var counts = NvdJsonReader.read("nvdcve-2.0-cameras.json", in, v -> byId.put(v.id(), v), problems::add);
            assertThat(counts.read()).isEqualTo(691);
            assertThat(counts.skipped()).isZero();
        }
        assertThat(problems).isEmpty();
        assertThat(byId).hasSize(691);

        Vulnerability dahua = byId.get("CVE-2021-33044");
        assertThat(dahua.description()).contains("authentication bypass");
        assertThat(dahua.cvss()).anySatisfy(s -> {
            assertThat(s.version()).isEqualTo("3.1");
            assertThat(s.baseScore()).isEqualTo(9.8);
            assertThat(s.primary()).isTrue();
        });
        var first = dahua.configurations().getFirst();
        assertThat(first.operator()).isEqualTo(Operator.AND);
        assertThat(first.nodes()).hasSize(2);
        CpeMatch firmware = first.nodes().get(0).matches().getFirst();
        assertThat(firmware.vulnerable()).isTrue();
        assertThat(firmware.criteria()).isEqualTo("cpe:2.3:o:dahuasecurity:ipc-hum7xxx_firmware:*:*:*:*:*:*:*:*");
        assertThat(firmware.versionEndExcluding()).isEqualTo("2.820.0000000.5.r.210705");
        assertThat(first.nodes().get(1).matches().getFirst().vulnerable()).isFalse();

        // NVD had not analysed it when the feed was made: no configuration at all
        assertThat(byId.get("CVE-2021-36260").configurations()).isEmpty();
        // a single-node configuration has no operator in the data: OR
        assertThat(byId.get("CVE-1999-1292").configurations().getFirst().operator()).isEqualTo(Operator.OR);
        assertThat(byId.get("CVE-1999-1292").published()).hasToString("1998-09-01T04:00:00Z");
    }

    @Test
    void readsAOneCveFileInBothForms() {
        String cve = """
                {"id": "CVE-2020-0001", "published": "2020-01-01T00:00:00.000", "descriptions": [{"lang": "es", "value": "x"},
                 {"lang": "en", "value": "An example."}], "configurations": [{"nodes": [{"operator": "OR", "negate": false,
                 "cpeMatch": [{"vulnerable": true, "criteria": "cpe:2.3:o:axis:m3045_firmware:*:*:*:*:*:*:*:*",
                 "versionEndExcluding": "10.0"}]}]}]}""";
        for (String text : List.of(cve, "{\"cve\": " + cve + "}")) {
            List<Vulnerability> out = new ArrayList<>();
            NvdJsonReader.read("one.json", stream(text), out::add, p -> {
                throw new AssertionError(p.toString());
            });
            assertThat(out).singleElement().satisfies(v -> {
                assertThat(v.id()).isEqualTo("CVE-2020-0001");
                assertThat(v.description()).isEqualTo("An example.");
                assertThat(v.configurations().getFirst().nodes().getFirst().matches().getFirst().versionEndExcluding())
                        .isEqualTo("10.0");
            });
        }
    }

    @Test
    void aBadRecordIsSkippedAndNamedTheOthersAreKept() {
        String text = """
                {"format": "NVD_CVE", "vulnerabilities": [
                  {"cve": {"id": "CVE-2020-0001"}},
                  {"cve": {"id": "not-a-cve"}},
                  {"cve": {"id": "CVE-2020-0003", "metrics": {"cvssMetricV31": [{"cvssData": {"baseScore": 11.0}}]}}},
                  {"cve": {"id": "CVE-2020-0004", "configurations": [{"nodes": [{"operator": "XOR", "cpeMatch": []}]}]}},
                  {"cve": {"id": "CVE-2020-0005"}}
                ]}""";
        List<String> ids = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        var counts = NvdJsonReader.read("feed.json", stream(text), v -> ids.add(v.id()), problems::add);
        assertThat(ids).containsExactly("CVE-2020-0001", "CVE-2020-0005");
        assertThat(counts.skipped()).isEqualTo(3);
        assertThat(problems).extracting(RecordProblem::recordNumber).containsExactly(2L, 3L, 4L);
        assertThat(problems.get(0).reason()).contains("not a CVE id");
        assertThat(problems.get(1).recordId()).isEqualTo("CVE-2020-0003");
        assertThat(problems.get(1).reason()).contains("between 0 and 10");
        assertThat(problems.get(2).reason()).contains("AND or OR");
    }

    @Test
    void truncatedOrForeignFilesAreRefusedWithThePlace() {
        String truncated = "{\"vulnerabilities\": [{\"cve\": {\"id\": \"CVE-2020-0001\"}}, {\"cve\": {\"id\": \"CVE-20";
        List<String> ids = new ArrayList<>();
        assertThatThrownBy(() -> NvdJsonReader.read("cut.json", stream(truncated), v -> ids.add(v.id()), p -> { }))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("cut.json").hasMessageContaining("not well-formed JSON")
                .hasMessageContaining("after 1 records");
        assertThat(ids).containsExactly("CVE-2020-0001");
        assertThatThrownBy(() -> NvdJsonReader.read("list.json", stream("[1, 2]"), v -> { }, p -> { }))
                .isInstanceOf(DataFileException.class).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> NvdJsonReader.read("deep.json", stream("{\"vulnerabilities\": [{\"cve\": "
                + "[".repeat(200) + "]".repeat(200) + "}]}"), v -> { }, p -> { }))
                .isInstanceOf(DataFileException.class);
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
