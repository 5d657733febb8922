package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.facts;
import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.CamWardenTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Each registry check against real registry records made through the API, assessed through the API:
 * PASS for a compliant camera, FAIL (with the evidence naming field, value and source) for each kind of gap,
 * NOT_APPLICABLE and NOT_TESTED where the catalogue says so.
 */
@CamWardenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryChecksApiTest {

    static final List<String> REGISTRY_CHECKS = List.of("INV-02", "INV-03", "INV-04", "INV-05", "INV-06", "INV-07",
            "GOV-01", "GOV-02");

    @LocalServerPort
    int port;
    CheckFixtures fx;
    long owner;
    long silentOwner;
    long level3;

    @BeforeAll
    void registry() {
        fx = new CheckFixtures(port);
        owner = fx.organization("Traffic police", "OWNER", null, "duty@traffic.example");
        silentOwner = fx.organization("Silent shop", "OWNER", null, null);
        level3 = fx.approvedSystem(owner, 3);
    }

    @Test
    void aCompliantCameraPassesEveryRegistryCheck() {
        long id = fx.device(fx.goodCamera(owner, level3));
        Map<String, JsonNode> r = fx.assessDevice(id);
        assertThat(r).hasSize(50);
        for (String check : REGISTRY_CHECKS) {
            assertThat(outcome(r, check)).as(check + ": " + r.get(check)).isEqualTo("PASS");
            assertThat(r.get(check).get("ruleSetVersion").asInt()).isEqualTo(1);
        }
        assertThat(summary(r, "INV-02")).contains("at level 3").contains("HSĐX-3");
        assertThat(summary(r, "INV-05")).contains("'Axis' matches none of the 5 active warned-vendor entries");
        assertThat(summary(r, "INV-07")).contains("Reachable through the owner");
        assertThat(facts(r, "INV-06")).contains("device.end_of_support=2099-12-31");
        assertThat(r.get("INV-03").get("severity").asString()).isEqualTo("MEDIUM");
        assertThat(fx.admin.get("/api/v1/devices/" + id + "/findings").json().get("total").asInt())
                .as("passes open no findings").isZero();
    }

    @Test
    void aCameraWithEveryRegistryGapFailsEachCheckWithEvidence() {
        Map<String, Object> body = fx.goodCamera(silentOwner, null);
        body.put("vendor", "KBVision");
        body.put("model", "KX-2011N2");
        body.remove("certificateQuality");
        body.remove("qcvn135");
        body.put("installedOn", "2019-05-01");
        body.put("endOfSupport", "2020-01-31");
        long id = fx.device(body);
        Map<String, JsonNode> r = fx.assessDevice(id);

        assertThat(outcome(r, "INV-02")).isEqualTo("FAIL");
        assertThat(summary(r, "INV-02")).contains("belongs to no information system");
        assertThat(facts(r, "INV-02")).contains("device.information_system_id=(none)");

        assertThat(outcome(r, "INV-03")).isEqualTo("FAIL");
        assertThat(summary(r, "INV-03")).contains("No certificate of quality (CQ)").doesNotContain("origin");
        assertThat(facts(r, "INV-03")).contains("device.certificate_origin=CO-2025-001", "device.certificate_quality=(none)");

        // installed before QCVN 135 became mandatory
        assertThat(outcome(r, "INV-04")).isEqualTo("NOT_APPLICABLE");
        assertThat(facts(r, "INV-04")).contains("device.qcvn135=(none)", "device.installed_on=2019-05-01");

        assertThat(outcome(r, "INV-05")).isEqualTo("FAIL");
        assertThat(summary(r, "INV-05")).contains("'KBVision' is KBVision, a related brand of Dahua Technology")
                .contains("VN market OEM - verify").contains("US Congress; FCC").contains("NDAA §889");
        assertThat(facts(r, "INV-05")).contains("warned_vendor.vendor=Dahua Technology",
                "warned_vendor.brand=KBVision (VN market OEM - verify)");
        JsonNode source = r.get("INV-05").get("evidence").get("facts").get(2);
        assertThat(source.get("source").asString()).contains("fcc.gov");

        assertThat(outcome(r, "INV-06")).isEqualTo("FAIL");
        assertThat(summary(r, "INV-06")).contains("Vendor support ended on 2020-01-31");

        assertThat(outcome(r, "INV-07")).isEqualTo("FAIL");
        assertThat(summary(r, "INV-07")).contains("Neither the owner nor the operator has a contact");

        assertThat(outcome(r, "GOV-01")).isEqualTo("NOT_APPLICABLE");
        assertThat(outcome(r, "GOV-02")).isEqualTo("NOT_APPLICABLE");
        // no information system: every check applies at its base severity, and the evidence says so
        assertThat(facts(r, "INV-05")).anyMatch(f -> f.startsWith("security_level=unknown"));
        assertThat(r.get("AUTH-10").get("severity").asString()).isEqualTo("HIGH");

        JsonNode findings = fx.admin.get("/api/v1/devices/" + id + "/findings?size=100").json();
        assertThat(findings.get("items")).extracting(f -> f.get("checkId").asString())
                .containsExactlyInAnyOrder("INV-02", "INV-03", "INV-05", "INV-06", "INV-07");
        assertThat(findings.get("items").get(0).get("severity").asString()).as("sorted by severity").isEqualTo("HIGH");
    }

    @Test
    void anIncompleteSystemFailsTheDossierAndAssessmentChecks() {
        long bare = fx.system(owner, null, null, null, null, null);
        Map<String, JsonNode> r = fx.assessDevice(fx.device(fx.goodCamera(owner, bare)));
        assertThat(outcome(r, "INV-02")).isEqualTo("FAIL");
        assertThat(summary(r, "INV-02")).contains("has no security level and has no approved level dossier");
        assertThat(outcome(r, "GOV-01")).isEqualTo("FAIL");
        assertThat(summary(r, "GOV-01")).contains("lacks its reference, security level, approval date, approving body");
        assertThat(outcome(r, "GOV-02")).isEqualTo("FAIL");
        assertThat(summary(r, "GOV-02")).contains("No periodic security assessment");

        long unapproved = fx.system(owner, 2, "HSĐX-draft", null, null, LocalDate.now().minusDays(10));
        Map<String, JsonNode> u = fx.assessDevice(fx.device(fx.goodCamera(owner, unapproved)));
        assertThat(outcome(u, "INV-02")).isEqualTo("FAIL");
        assertThat(summary(u, "INV-02")).contains("has no approved level dossier").doesNotContain("no security level");
        assertThat(outcome(u, "GOV-01")).isEqualTo("FAIL");
        assertThat(summary(u, "GOV-01")).contains("lacks its approval date, approving body");
        assertThat(outcome(u, "GOV-02")).isEqualTo("PASS");
    }

    @Test
    void anOverduePeriodicAssessmentFails() {
        long overdue = fx.system(owner, 4, "HSĐX-4", LocalDate.of(2019, 6, 1), "Bộ Công an", LocalDate.of(2020, 3, 1));
        Map<String, JsonNode> r = fx.assessDevice(fx.device(fx.goodCamera(owner, overdue)));
        assertThat(outcome(r, "GOV-02")).isEqualTo("FAIL");
        assertThat(summary(r, "GOV-02")).contains("was due on 2021-03-01").contains("days overdue");
        assertThat(facts(r, "GOV-02")).contains("information_system.next_assessment_on=2021-03-01",
                "assessment_interval=P1Y");
        assertThat(outcome(r, "GOV-01")).isEqualTo("PASS");
    }

    @Test
    void qcvn135AppliesToCamerasInstalledFromItsMandatoryDate() {
        Map<String, Object> nvr = fx.goodCamera(owner, level3);
        nvr.put("kind", "NVR");
        nvr.remove("qcvn135");
        Map<String, JsonNode> n = fx.assessDevice(fx.device(nvr));
        assertThat(outcome(n, "INV-04")).isEqualTo("NOT_APPLICABLE");
        assertThat(summary(n, "INV-04")).contains("covers IP cameras; this device is a NVR");

        Map<String, Object> old = fx.goodCamera(owner, level3);
        old.remove("qcvn135");
        old.put("installedOn", "2025-06-01");
        assertThat(outcome(fx.assessDevice(fx.device(old)), "INV-04")).isEqualTo("NOT_APPLICABLE");

        Map<String, Object> unknown = fx.goodCamera(owner, level3);
        unknown.remove("qcvn135");
        unknown.remove("installedOn");
        Map<String, JsonNode> u = fx.assessDevice(fx.device(unknown));
        assertThat(outcome(u, "INV-04")).isEqualTo("FAIL");
        assertThat(summary(u, "INV-04")).contains("install date unknown");
    }

    @Test
    void endOfSupportUnknownIsNotTested() {
        Map<String, Object> body = fx.goodCamera(owner, level3);
        body.remove("endOfSupport");
        Map<String, JsonNode> r = fx.assessDevice(fx.device(body));
        assertThat(outcome(r, "INV-06")).isEqualTo("NOT_TESTED");
        assertThat(summary(r, "INV-06")).contains("No end-of-support date is recorded");
    }

    @Test
    void subscribersNeedAContactAndAnIspAboveThem() {
        long isp = fx.organization("City ISP", "ISP", null, "noc@isp.example");
        long household = fx.organization("Household", "SUBSCRIBER", isp, "home@example.org");
        Map<String, JsonNode> r = fx.assessDevice(fx.device(fx.goodCamera(household, null)));
        assertThat(outcome(r, "INV-07")).isEqualTo("PASS");
        assertThat(summary(r, "INV-07")).contains("and ISP '");

        long orphan = fx.organization("Orphan household", "SUBSCRIBER", null, "orphan@example.org");
        Map<String, JsonNode> o = fx.assessDevice(fx.device(fx.goodCamera(orphan, null)));
        assertThat(outcome(o, "INV-07")).isEqualTo("FAIL");
        assertThat(summary(o, "INV-07")).contains("under no ISP organisation");

        // an operator with a contact makes an owner without one reachable
        Map<String, Object> operated = fx.goodCamera(silentOwner, null);
        operated.put("operatorOrganizationId", owner);
        Map<String, JsonNode> op = fx.assessDevice(fx.device(operated));
        assertThat(outcome(op, "INV-07")).isEqualTo("PASS");
        assertThat(summary(op, "INV-07")).contains("Reachable through the operator");
    }

    @Test
    void checksBelowTheirMinimumLevelAreNotApplicableAndSeverityFollowsTheLevel() {
        long level2 = fx.approvedSystem(owner, 2);
        Map<String, JsonNode> two = fx.assessDevice(fx.device(fx.goodCamera(owner, level2)));
        Map<String, JsonNode> three = fx.assessDevice(fx.device(fx.goodCamera(owner, level3)));
        // GOV-03 applies from level 3 (monitoring and reporting duties)
        assertThat(outcome(two, "GOV-03")).isEqualTo("NOT_APPLICABLE");
        assertThat(summary(two, "GOV-03")).contains("applies from security level 3").contains("is at level 2");
        assertThat(outcome(three, "GOV-03")).isEqualTo("NOT_TESTED");
        assertThat(summary(three, "GOV-03")).contains("does not answer GOV-03 yet", "GOV-03.1 is unanswered");
        // GOV-04 reads the notification log: a first assessment has no open finding to have notified yet
        assertThat(outcome(three, "GOV-04")).isEqualTo("NOT_APPLICABLE");
        // "High (L3+) / Medium (L1-2)"
        assertThat(two.get("AUTH-10").get("severity").asString()).isEqualTo("MEDIUM");
        assertThat(three.get("AUTH-10").get("severity").asString()).isEqualTo("HIGH");
        assertThat(facts(three, "AUTH-10")).contains("check.severity=High (L3+) / Medium (L1-2)");
        // checks that are not implemented yet say how they are covered
        assertThat(outcome(three, "AUTH-01")).isEqualTo("NOT_TESTED");
        assertThat(summary(three, "AUTH-01")).startsWith("The device was not scanned in this assessment")
                .contains("camwarden audit");
        assertThat(outcome(three, "CRY-04")).isEqualTo("NOT_TESTED");
        assertThat(summary(three, "CRY-04")).startsWith("The device was not scanned in this assessment");
        io.camwarden.checks.Coverage.all().forEach((id, entry) -> {
            if (entry.kind() == io.camwarden.checks.Coverage.Kind.NETWORK) {
                assertThat(outcome(three, id)).as(id).isEqualTo("NOT_TESTED");
                assertThat(summary(three, id)).as(id).startsWith("Needs a network check");
            }
        });
        assertThat(outcome(three, "INV-01")).isEqualTo("NOT_APPLICABLE");
        assertThat(summary(three, "INV-01")).contains("rogue-candidates");
        assertThat(outcome(three, "FW-01")).isEqualTo("NOT_TESTED");
        assertThat(summary(three, "FW-01")).contains("No release of Axis P3245-LV is known");
    }
}
