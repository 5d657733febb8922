package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.facts;
import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.Caller;
import io.camwarden.support.CamWardenTest;
import io.camwarden.vuln.bundle.BundleImportService;
import io.camwarden.vuln.store.Publisher;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * FW-01 learns security releases from imported vendor advisories: a signed bundle with an advisory naming the
 * fixed build of a model series makes older devices of the series fail, counted from the advisory's date. In a
 * database of its own, so the advisory reaches no other test's devices.
 */
@CamWardenTest
@TestPropertySource(properties = "camwarden.test.isolation=firmware-advisory")
class FirmwareAdvisoryTest {

    private static final String ADVISORIES = """
            advisory,vendor,model_pattern,cves,affected_from,fixed_in,reference,published
            HSRC-202109-01,Hikvision,DS-2CD2*,CVE-2021-36260,,V5.5.800 build 210628,https://example.invalid/hsrc,2021-09-18
            """;

    @LocalServerPort
    int port;
    @Autowired
    BundleImportService bundles;
    @TempDir
    Path tmp;

    @Test
    void anAdvisorysFixedBuildIsASecurityReleaseForTheSeries() throws Exception {
        CheckFixtures fx = new CheckFixtures(port);
        long owner = fx.organization("Provincial hospital", "OWNER", null, "it@hospital.example");
        long system = fx.approvedSystem(owner, 3);
        Map<String, Object> old = fx.goodCamera(owner, system);
        old.put("vendor", "Hikvision");
        old.put("model", "DS-2CD2032-I");
        old.put("firmware", "V5.4.5 build 170124");
        long oldId = fx.device(old);
        assertThat(outcome(fx.assessDevice(oldId), "FW-01")).as("nothing known yet").isEqualTo("NOT_TESTED");

        Publisher publisher = new Publisher(tmp.resolve("publisher"));
        Path content = publisher.content();
        Publisher.write(content, "advisories/hikvision.csv", ADVISORIES);
        Path bundle = publisher.bundle(content);
        try (InputStream in = Files.newInputStream(bundle)) {
            bundles.importBundle(Caller.system("test"), in, publisher.trust(), bundle.toString());
        }

        Map<String, JsonNode> r = fx.assessDevice(oldId);
        long days = ChronoUnit.DAYS.between(LocalDate.parse("2021-09-18"), LocalDate.now());
        assertThat(outcome(r, "FW-01")).as(r.get("FW-01").toString()).isEqualTo("FAIL");
        assertThat(summary(r, "FW-01")).contains("V5.5.800 build 210628 of 2021-09-18 (HSRC-202109-01), a security"
                + " release out " + days + " days");
        assertThat(facts(r, "FW-01")).anyMatch(f -> f.startsWith("release=V5.5.800 build 210628"));
        assertThat(r.get("FW-01").get("evidence").get("facts").toString()).contains("vendor advisory HSRC-202109-01");

        Map<String, Object> patched = fx.goodCamera(owner, system);
        patched.put("vendor", "Hikvision");
        patched.put("model", "DS-2CD2143G0-I");
        patched.put("firmware", "V5.5.800 build 210628");
        Map<String, JsonNode> p = fx.assessDevice(fx.device(patched));
        assertThat(outcome(p, "FW-01")).as(p.get("FW-01").toString()).isEqualTo("PASS");
        assertThat(summary(p, "FW-01")).contains("is the newest release known");
    }
}
