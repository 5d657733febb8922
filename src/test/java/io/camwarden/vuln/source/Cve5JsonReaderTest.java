package io.camwarden.vuln.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.domain.vuln.Configuration;
import io.camwarden.domain.vuln.CpeMatch;
import io.camwarden.domain.vuln.Operator;
import io.camwarden.domain.vuln.Vulnerability;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Cve5JsonReaderTest {

    static final Path CVE5 = Path.of(System.getProperty("camwarden.shared", "../shared"), "data", "nvd",
            "cve5-cameras.jsonl");

    private static Map<String, Vulnerability> shared(List<RecordProblem> problems) throws Exception {
        Map<String, Vulnerability> byId = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(CVE5)) {
            var counts = Cve5JsonReader.readLines("cve5", in, v -> byId.put(v.id(), v), problems::add);
            assertThat(counts.read()).isEqualTo(166);
        }
        return byId;
    }

    @Test
    void readsEverySharedRecordWithItsAffectedDataAndDates() throws Exception {
        List<RecordProblem> problems = new ArrayList<>();
        Map<String, Vulnerability> byId = shared(problems);
        assertThat(problems).isEmpty();
        assertThat(byId).hasSize(166);

        Vulnerability dlink = byId.get("CVE-2021-41503");
        assertThat(dlink.lastModified()).hasToString("2024-08-04T03:15:28.538Z");
        assertThat(dlink.status()).isEqualTo("PUBLISHED");
        assertThat(dlink.description()).isNotBlank();
        // CNA "n/a" entry plus the ADP's entries with CPEs
        assertThat(dlink.affected()).anySatisfy(a -> assertThat(a.cpes())
                .contains("cpe:2.3:o:d-link:dcs-932l_firmware:*:*:*:*:*:*:*:*"));
        // ADP: dcs-932l_firmware from 0 up to 2.17 (including), dcs-5000l_firmware exactly 1.05
        List<CpeMatch> matches = dlink.configurations().stream().flatMap(c -> c.nodes().stream())
                .flatMap(n -> n.matches().stream()).toList();
        assertThat(matches).anySatisfy(m -> {
            assertThat(m.criteria()).isEqualTo("cpe:2.3:o:d-link:dcs-932l_firmware:*:*:*:*:*:*:*:*");
            assertThat(m.versionStartIncluding()).isNull();
            assertThat(m.versionEndIncluding()).isEqualTo("2.17");
            assertThat(m.vulnerable()).isTrue();
        });
        assertThat(matches).anySatisfy(m -> assertThat(m.criteria())
                .isEqualTo("cpe:2.3:o:d-link:dcs-5000l_firmware:1.05:*:*:*:*:*:*:*"));

        // commits are no firmware versions; a hardware CPE alone says no firmware; versions in prose say nothing
        assertThat(byId.get("CVE-2021-47548").configurations()).isEmpty();
        assertThat(byId.get("CVE-2024-7829").configurations()).isEmpty();
        assertThat(byId.get("CVE-2024-29949").configurations()).isEmpty();
        assertThat(byId.get("CVE-2024-29949").affected()).isNotEmpty();
    }

    @Test
    void firmwareOnHardwareBecomesAnAndOfTheVulnerableAndThePlatformNode() {
        String json = """
                {"dataType": "CVE_RECORD", "cveMetadata": {"cveId": "CVE-2099-0001", "state": "PUBLISHED",
                 "datePublished": "2099-01-01T00:00:00", "dateUpdated": "2099-01-02T00:00:00.000Z"},
                 "containers": {"cna": {"descriptions": [{"lang": "en-US", "value": "A flaw."}],
                   "metrics": [{"cvssV3_1": {"version": "3.1", "baseScore": 9.8, "baseSeverity": "CRITICAL",
                      "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}}],
                   "problemTypes": [{"descriptions": [{"cweId": "CWE-787", "lang": "en", "type": "CWE"}]}],
                   "providerMetadata": {"shortName": "acme"},
                   "affected": [{"vendor": "Acme", "product": "AC-100",
                     "cpes": ["cpe:2.3:o:acme:ac-100_firmware:*:*:*:*:*:*:*:*", "cpe:2.3:h:acme:ac-100:-:*:*:*:*:*:*:*"],
                     "versions": [{"status": "affected", "version": "2.0", "lessThan": "2.4.1", "versionType": "custom"},
                                  {"status": "affected", "version": "3.0 (beta)"}]},
                    {"vendor": "Acme", "product": "AC-200", "cpes": ["cpe:2.3:o:acme:ac-200_firmware:*:*:*:*:*:*:*:*"],
                     "versions": [{"status": "affected", "version": "1.0"}, {"status": "unaffected", "version": "1.1"}]}]}}}
                """;
        List<Vulnerability> got = new ArrayList<>();
        Cve5JsonReader.readRecord("one.json", in(json), got::add, p -> {
            throw new AssertionError(p.toString());
        });
        Vulnerability v = got.getFirst();
        assertThat(v.cvss()).singleElement().satisfies(s -> {
            assertThat(s.baseScore()).isEqualTo(9.8);
            assertThat(s.source()).isEqualTo("acme");
            assertThat(s.primary()).isFalse();
        });
        assertThat(v.cwes()).containsExactly("CWE-787");
        assertThat(v.description()).isEqualTo("A flaw.");
        // AC-200 lists an unaffected version: no configuration for it
        assertThat(v.configurations()).singleElement().satisfies(c -> {
            assertThat(c.operator()).isEqualTo(Operator.AND);
            assertThat(c.nodes().get(0).matches()).extracting(CpeMatch::criteria, CpeMatch::versionStartIncluding,
                    CpeMatch::versionEndExcluding).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("cpe:2.3:o:acme:ac-100_firmware:*:*:*:*:*:*:*:*", "2.0", "2.4.1"),
                    org.assertj.core.groups.Tuple.tuple("cpe:2.3:o:acme:ac-100_firmware:3.0\\ \\(beta\\):*:*:*:*:*:*:*",
                            null, null));
            assertThat(c.nodes().get(1).matches()).singleElement().satisfies(m -> {
                assertThat(m.vulnerable()).isFalse();
                assertThat(m.criteria()).isEqualTo("cpe:2.3:h:acme:ac-100:-:*:*:*:*:*:*:*");
            });
        });
        assertThat(v.configurations()).noneMatch(Configuration::negate);
    }

    @Test
    void aBadLineIsSkippedAndTheRestRead() throws Exception {
        List<String> lines = Files.readAllLines(CVE5).subList(0, 5);
        String text = lines.get(0) + "\n{\"cveMetadata\": {\"state\": \"PUBLISHED\"}}\n" + lines.get(1) + "\nnot json\n\n"
                + lines.get(2) + "\n{\"dataType\": \"CVE_RECORD\"}\n" + lines.get(3) + "\n"
                + lines.get(4).substring(0, lines.get(4).length() / 2); // cut off at the end
        List<Vulnerability> got = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        var counts = Cve5JsonReader.readLines("cut.jsonl", in(text), got::add, problems::add);
        assertThat(got).hasSize(4);
        assertThat(counts.read()).isEqualTo(4);
        assertThat(counts.skipped()).isEqualTo(4);
        assertThat(problems).extracting(RecordProblem::recordNumber).containsExactly(2L, 4L, 6L, 8L);
        assertThat(problems.get(0).reason()).contains("cveId");
        assertThat(problems.get(1).reason()).contains("not well-formed JSON");
        assertThat(problems.get(2).reason()).contains("no \"cveMetadata\"");
        assertThat(problems.get(3).reason()).contains("not well-formed JSON");
    }

    @Test
    void aFileThatIsNoRecordIsRefused() {
        assertThatThrownBy(() -> Cve5JsonReader.readRecord("x.json", in("{\"cve\": {}}"), v -> { }, p -> { }))
                .isInstanceOf(DataFileException.class).hasMessageContaining("not a CVE JSON 5 record");
        assertThatThrownBy(() -> Cve5JsonReader.readRecord("x.json", in("{\"cveMetadata\": "), v -> { }, p -> { }))
                .isInstanceOf(DataFileException.class).hasMessageContaining("not well-formed JSON");
    }

    static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
