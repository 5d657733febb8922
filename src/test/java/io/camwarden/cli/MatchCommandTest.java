package io.camwarden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `camwarden match` as an operator runs it, on the real NVD, KEV and EPSS files of ../shared/data. */
class MatchCommandTest {

    static final Path DATA = Path.of(System.getProperty("camwarden.shared", "../shared"), "data");
    static final Path NVD = DATA.resolve("nvd/nvdcve-2.0-cameras.json");
    static final Path KEV = DATA.resolve("kev/known_exploited_vulnerabilities.json");
    static final Path EPSS = DATA.resolve("epss/epss_scores.csv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The KEV catalog read independently of CamWarden's reader: CVE → entry. */
    private static final Map<String, JsonNode> CATALOG = new HashMap<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void catalog() throws IOException {
        for (JsonNode e : JSON.readTree(KEV.toFile()).path("vulnerabilities")) {
            CATALOG.put(e.path("cveID").asString(), e);
        }
        assertThat(CATALOG).hasSize(1404);
    }

    private static List<JsonNode> lines(Cli run) {
        assertThat(run.exit()).as(run.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static JsonNode cve(List<JsonNode> lines, String id) {
        return lines.stream().filter(l -> l.path("cve").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + lines));
    }

    private static String epssLine(String cve) throws IOException {
        try (var s = Files.lines(EPSS)) {
            return s.filter(l -> l.startsWith(cve + ",")).findFirst().orElseThrow();
        }
    }

    @Test
    void aDLinkCameraAgainstTheRealData() throws IOException {
        List<JsonNode> lines = lines(Cli.run("match", "--vendor", "D-Link", "--model", "DCS-930L", "--firmware", "1.04",
                "--nvd", NVD.toString(), "--kev", KEV.toString(), "--epss", EPSS.toString(), "--address", "113.161.8.20"));
        // CVE-2016-11021 configuration 1: o:dlink:dcs-930l_firmware before 2.12 on h:dlink:dcs-930l; in KEV
        JsonNode kev = cve(lines, "CVE-2016-11021");
        assertThat(kev.path("result").asString()).isEqualTo("AFFECTED");
        assertThat(kev.path("summary").asString()).startsWith("Affected: firmware 1.04 is in the range up to 2.12");
        JsonNode step = kev.path("explanation").get(0);
        assertThat(step.path("where").asString()).isEqualTo("configuration 1, node 1, match 1");
        assertThat(step.path("criteria").asString()).isEqualTo("cpe:2.3:o:dlink:dcs-930l_firmware:*:*:*:*:*:*:*:*");
        assertThat(step.path("range").asString()).isEqualTo("up to 2.12 (excluding)");
        assertThat(step.path("field").asString()).isEqualTo("firmware");
        assertThat(step.path("value").asString()).isEqualTo("1.04");
        assertThat(step.path("source").asString()).isEqualTo("command line");
        assertThat(kev.path("kev").path("dateAdded").asString()).isEqualTo(CATALOG.get("CVE-2016-11021").path("dateAdded").asString());
        assertThat(kev.path("kev").path("dueDate").asString()).isEqualTo("2022-04-15");
        assertThat(kev.path("kev").path("overdue").asBoolean()).isTrue();
        assertThat(kev.path("kev").path("ransomware").asBoolean()).isFalse();
        String[] epss = epssLine("CVE-2016-11021").split(",");
        assertThat(kev.path("epss").path("score").asDouble()).isEqualTo(Double.parseDouble(epss[1]));
        assertThat(kev.path("epss").path("percentile").asDouble()).isEqualTo(Double.parseDouble(epss[2]));
        assertThat(kev.path("cvss").path("version").asString()).isNotEmpty();
        assertThat(kev.path("priority").asInt()).isBetween(1, 100);

        // every line's KEV flag agrees with the catalog
        assertThat(lines).hasSizeGreaterThan(3);
        for (JsonNode l : lines) {
            String id = l.path("cve").asString();
            assertThat(l.path("kev").isNull()).as(id + " in KEV").isEqualTo(!CATALOG.containsKey(id));
            if (CATALOG.containsKey(id)) {
                assertThat(l.path("kev").path("dueDate").asString()).isEqualTo(CATALOG.get(id).path("dueDate").asString());
                assertThat(l.path("kev").path("ransomware").asBoolean())
                        .isEqualTo("Known".equals(CATALOG.get(id).path("knownRansomwareCampaignUse").asString()));
            }
        }
        // not in KEV: CVE-2017-7852 (configuration 7: dcs-930l_firmware up to 1.15.04)
        assertThat(cve(lines, "CVE-2017-7852").path("kev").isNull()).isTrue();
        // highest priority first
        List<Integer> priorities = lines.stream().map(l -> l.path("priority").asInt()).toList();
        assertThat(priorities).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void aCpeAndADahuaFamilyOnTheKevList() {
        List<JsonNode> lines = lines(Cli.run("match", "--cpe",
                "cpe:2.3:o:dahuasecurity:tpc-bf1241_firmware:2.630.0000000.5.r:*:*:*:*:*:*:*", "--nvd", NVD.toString(),
                "--kev", KEV.toString()));
        // CVE-2021-33044 configuration 10: tpc-bf1241_firmware before 2.630.0000000.6.r.210707
        JsonNode m = cve(lines, "CVE-2021-33044");
        assertThat(m.path("result").asString()).isEqualTo("AFFECTED");
        assertThat(m.path("kev").path("dueDate").asString()).isEqualTo(CATALOG.get("CVE-2021-33044").path("dueDate").asString());
        assertThat(m.path("epss").isNull()).isTrue(); // no --epss given
        assertThat(m.path("explanation").get(0).path("source").asString()).startsWith("cpe cpe:2.3:o:dahuasecurity");

        List<JsonNode> family = lines(Cli.run("match", "--vendor", "Dahua", "--model", "IPC-HDW3541T", "--firmware",
                "2.800.0000000.16.R", "--nvd", NVD.toString(), "--kev", KEV.toString()));
        JsonNode unknown = cve(family, "CVE-2021-33044");
        assertThat(unknown.path("result").asString()).isEqualTo("UNKNOWN");
        assertThat(unknown.path("summary").asString()).contains("family ipc-hx3xxx");
        assertThat(unknown.path("priority").asInt()).isLessThan(m.path("priority").asInt());
    }

    @Test
    void advisoriesCoverWhatNvdHasNotAnalysed() throws IOException {
        Path advisories = tmp.resolve("advisories.csv");
        Files.writeString(advisories, """
                # Hikvision's advisory for the web server command injection (HSRC-202109-01)
                advisory,vendor,model_pattern,cves,affected_from,fixed_in,reference,published
                HSRC-202109-01,Hikvision,DS-2CD2*,CVE-2021-36260,,V5.5.800 build 210628,https://www.hikvision.com/en/support/cybersecurity/security-advisory/,2021-09-18
                """);
        List<JsonNode> old = lines(Cli.run("match", "--vendor", "Hikvision", "--model", "DS-2CD2032-I", "--firmware",
                "V5.4.0 build 160530", "--nvd", NVD.toString(), "--kev", KEV.toString(), "--advisories",
                advisories.toString()));
        // CVE-2021-36260 has no NVD configuration in the shared feed: only the advisory decides it
        JsonNode m = cve(old, "CVE-2021-36260");
        assertThat(m.path("result").asString()).isEqualTo("AFFECTED");
        assertThat(m.path("explanation").get(0).path("where").asString()).startsWith("advisory HSRC-202109-01");
        assertThat(m.path("kev").path("dateAdded").asString()).isEqualTo(CATALOG.get("CVE-2021-36260").path("dateAdded").asString());
        assertThat(m.path("cvss").isNull()).as("the shared record has no metrics yet").isTrue();
        // NVD's "-" firmware stays UNKNOWN where no advisory covers it
        assertThat(cve(old, "CVE-2017-7921").path("result").asString()).isEqualTo("UNKNOWN");

        List<JsonNode> fixed = lines(Cli.run("match", "--vendor", "Hikvision", "--model", "DS-2CD2032-I", "--firmware",
                "V5.5.800 build 210628", "--nvd", NVD.toString(), "--advisories", advisories.toString()));
        assertThat(cve(fixed, "CVE-2021-36260").path("result").asString()).isEqualTo("NOT_AFFECTED");
        assertThat(cve(fixed, "CVE-2021-36260").path("priority").asInt()).isZero();
    }

    @Test
    void gzipAndDirectoriesOfOneCvePerFile() throws IOException {
        Path gz = tmp.resolve("feed.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(NVD, out);
        }
        Path dir = Files.createDirectories(tmp.resolve("cves/2016"));
        JsonNode feed = JSON.readTree(NVD.toFile());
        for (JsonNode item : feed.path("vulnerabilities")) {
            String id = item.path("cve").path("id").asString();
            if (id.equals("CVE-2016-11021") || id.equals("CVE-2017-7852")) {
                Files.writeString(dir.resolve(id + ".json"), JSON.writeValueAsString(item), StandardCharsets.UTF_8);
            }
        }
        String[] device = {"match", "--vendor", "D-Link", "--model", "DCS-930L", "--firmware", "1.04"};
        List<JsonNode> fromGz = lines(Cli.run(concat(device, "--nvd", gz.toString())));
        List<JsonNode> fromFile = lines(Cli.run(concat(device, "--nvd", NVD.toString())));
        assertThat(fromGz).isEqualTo(fromFile);
        List<JsonNode> fromDir = lines(Cli.run(concat(device, "--nvd", tmp.resolve("cves").toString())));
        assertThat(fromDir).extracting(l -> l.path("cve").asString())
                .containsExactlyInAnyOrder("CVE-2016-11021", "CVE-2017-7852");
        Path out = tmp.resolve("out.jsonl");
        Cli toFile = Cli.run(concat(device, "--nvd", NVD.toString(), "--out", out.toString()));
        assertThat(toFile.exit()).isZero();
        assertThat(toFile.err()).contains("written to " + out);
        assertThat(Files.readAllLines(out)).hasSize(fromFile.size());
    }

    /** A directory of NVD JSON, CVE JSON 5 records and a KEV file: the CVE 5 records' derived configurations count. */
    @Test
    void cve5RecordsFillWhatTheNvdFeedLacks() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(NVD, dir.resolve("nvd.json"));
        Files.copy(DATA.resolve("nvd/cve5-cameras.jsonl"), dir.resolve("cve5.jsonl"));
        Files.copy(KEV, dir.resolve("kev.json"));
        // CVE-2023-21414 is only in the CVE 5 records: CISA's ADP lists o:axis:q3527-lve from 10.11 to 11.5
        Cli run = Cli.run("match", "--vendor", "Axis", "--model", "Q3527-LVE", "--firmware", "11.2.0",
                "--nvd", dir.toString());
        assertThat(run.err()).contains("skipping " + dir.resolve("kev.json")).contains("--kev");
        JsonNode axis = cve(lines(run), "CVE-2023-21414");
        assertThat(axis.path("result").asString()).as(axis.toString()).isEqualTo("AFFECTED");
        Cli fixed = Cli.run("match", "--vendor", "Axis", "--model", "Q3527-LVE", "--firmware", "11.6.94",
                "--nvd", dir.toString());
        assertThat(cve(lines(fixed), "CVE-2023-21414").path("result").asString()).isEqualTo("NOT_AFFECTED");
    }

    @Test
    void badInputSaysWhatToDo() throws IOException {
        // no files, and nothing imported into the data directory (an empty one here)
        Cli noData = Cli.run("match", "--vendor", "Hikvision", "--model", "DS-2CD2032-I", "--data-dir",
                tmp.resolve("data").toString());
        assertThat(noData.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noData.err()).contains("no vulnerability data has been imported into " + tmp.resolve("data"))
                .contains("camwarden bundle import FILE").contains("--nvd FILE|DIR");

        Cli noDevice = Cli.run("match", "--nvd", NVD.toString());
        assertThat(noDevice.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noDevice.err()).contains("say which device").contains("--cpe CPE");

        Cli badCpe = Cli.run("match", "--cpe", "hikvision ds-2cd2032-i", "--nvd", NVD.toString());
        assertThat(badCpe.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badCpe.err()).contains("is not a CPE 2.3 name").contains("cpe:2.3:o:hikvision");

        Cli missing = Cli.run("match", "--vendor", "Hikvision", "--model", "X", "--nvd", tmp.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("does not exist");

        Path notJson = Files.writeString(tmp.resolve("kev.json"), "cveID,dueDate\n");
        Cli badKev = Cli.run("match", "--vendor", "Hikvision", "--model", "X", "--nvd", NVD.toString(), "--kev",
                notJson.toString());
        assertThat(badKev.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badKev.err()).contains(notJson.toString());

        Path badEpss = Files.writeString(tmp.resolve("epss.csv"), "cve;epss;percentile\n");
        Cli epss = Cli.run("match", "--vendor", "Hikvision", "--model", "X", "--nvd", NVD.toString(), "--epss",
                badEpss.toString());
        assertThat(epss.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(epss.err()).contains("cve,epss,percentile");

        Cli badAddress = Cli.run("match", "--vendor", "Hikvision", "--model", "X", "--nvd", NVD.toString(), "--address",
                "camera-7");
        assertThat(badAddress.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badAddress.err()).contains("is not an IP address");

        Path advisories = Files.writeString(tmp.resolve("adv.csv"), """
                advisory,vendor,model_pattern,cves
                A-1,Hikvision,DS-2CD2*,not-a-cve
                A-2,Hikvision,DS-2CD2*,CVE-2021-36260
                """);
        Cli skipped = Cli.run("match", "--vendor", "Hikvision", "--model", "DS-2CD2032-I", "--firmware", "5.4.0",
                "--advisories", advisories.toString());
        assertThat(skipped.exit()).as(skipped.toString()).isZero();
        assertThat(skipped.err()).contains("skipped 1 unreadable record").contains("'not-a-cve' in cves is not a CVE id");
        assertThat(skipped.out()).contains("CVE-2021-36260");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
