package io.camwarden.vuln.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.Caller;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Cli;
import io.camwarden.vuln.bundle.BundleImportService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `camwarden match` without data files reads what bundles imported into the data directory's database, and
 * answers exactly as it does from the same files.
 */
@CamWardenTest
@TestPropertySource(properties = "camwarden.test.isolation=vuln-store-match")
class MatchImportedDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EPSS = """
            #model_version:v2025.03.14,score_date:2025-08-16T00:00:00+0000
            cve,epss,percentile
            CVE-2016-11021,0.01520,0.80040
            CVE-2017-7921,0.94400,0.99900
            """;
    private static final String ADVISORIES = """
            advisory,vendor,model_pattern,cves,affected_from,fixed_in,reference,published
            DLINK-SAP10100,D-Link,DCS-930L,CVE-2016-11021,,2.12,https://example.invalid/sap,2020-01-01
            """;

    @Autowired
    BundleImportService bundles;
    @Value("${spring.datasource.url}")
    String dbUrl;
    @Value("${spring.datasource.username}")
    String dbUser;
    @TempDir
    Path tmp;

    private Cli match(String... more) {
        List<String> args = new ArrayList<>(List.of("match", "--vendor", "D-Link", "--model", "DCS-930L",
                "--firmware", "1.04", "--address", "113.161.8.20"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<JsonNode> lines(Cli run) {
        assertThat(run.exit()).as(run.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            lines.add(JSON.readTree(line)); // every line of standard output is JSON: logs go elsewhere
        }
        return lines;
    }

    @Test
    void matchesAgainstTheImportedBundlesAsAgainstTheFiles() throws Exception {
        String[] database = {"--db-url", dbUrl, "--db-user", dbUser, "--data-dir", "target/test-data"};
        Cli empty = match(database);
        assertThat(empty.exit()).as(empty.toString()).isEqualTo(2);
        assertThat(empty.err()).contains("no vulnerability data has been imported")
                .contains("camwarden bundle import FILE").contains("--nvd");
        assertThat(empty.out()).isEmpty();

        Publisher publisher = new Publisher(tmp.resolve("publisher"));
        Path content = publisher.content();
        Publisher.put(content, "nvd/nvdcve-2.0-cameras.json", Publisher.NVD);
        Publisher.put(content, "kev/known_exploited_vulnerabilities.json", Publisher.KEV);
        Path epss = Publisher.write(content, "epss/epss.csv", EPSS);
        Path advisories = Publisher.write(content, "advisories/dlink.csv", ADVISORIES);
        Path bundle = publisher.bundle(content);
        try (InputStream in = Files.newInputStream(bundle)) {
            bundles.importBundle(Caller.system("test"), in, publisher.trust(), bundle.toString());
        }

        Cli fromDatabase = match(database);
        assertThat(fromDatabase.err()).contains("matching against the data imported from bundles (691 CVE records");
        List<JsonNode> imported = lines(fromDatabase);
        List<JsonNode> files = lines(match("--nvd", Publisher.NVD.toString(), "--kev", Publisher.KEV.toString(),
                "--epss", epss.toString(), "--advisories", advisories.toString()));
        assertThat(imported).isNotEmpty().isEqualTo(files);
        JsonNode kev = imported.stream().filter(l -> l.path("cve").asString().equals("CVE-2016-11021")).findFirst()
                .orElseThrow();
        assertThat(kev.path("result").asString()).isEqualTo("AFFECTED");
        assertThat(kev.path("kev").path("dateAdded").asString()).isEqualTo("2022-03-25");
        assertThat(kev.path("epss").path("score").asDouble()).isEqualTo(0.0152);
    }
}
