package io.camwarden.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Findings, results and assessments are confined to the caller's scope exactly like devices: an OWNER never
 * sees, runs checks on, or accepts the risk of another owner's findings; ISP and POLICE users see their
 * subscribers' and districts' findings only; read-only roles cannot run assessments.
 */
@CamWardenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingScopeTest {

    @LocalServerPort
    int port;
    CheckFixtures fx;
    long deviceX;
    long deviceXBranch;
    long deviceY;
    long deviceHousehold;
    long ownerY;
    long findingY;
    long regulatorRun;
    Api ownerX;
    Api isp;
    Api police;
    String district;

    @BeforeAll
    void city() {
        fx = new CheckFixtures(port);
        Fixtures users = new Fixtures(port);
        district = Fixtures.unique("Ward 9");
        long x = fx.organization("Owner X", "OWNER", null, "x@example.org");
        long xBranch = fx.organization("Owner X branch", "OWNER", x, null);
        ownerY = fx.organization("Owner Y", "OWNER", null, "y@example.org");
        long ispOrg = fx.organization("ISP", "ISP", null, "noc@isp.example");
        long household = fx.organization("Household", "SUBSCRIBER", ispOrg, null);
        long siteX = users.site(x, Fixtures.unique("Gate"), district);
        deviceX = fx.device(withoutCq(fx.goodCamera(x, null), siteX));
        deviceXBranch = fx.device(withoutCq(fx.goodCamera(xBranch, null), null));
        deviceY = fx.device(withoutCq(fx.goodCamera(ownerY, null), null));
        deviceHousehold = fx.device(withoutCq(fx.goodCamera(household, null), null));
        ownerX = users.user("OWNER", x, null);
        isp = users.user("ISP", ispOrg, null);
        police = users.user("POLICE", users.organization(Fixtures.unique("Police"), "POLICE", null), List.of(district));
        regulatorRun = CheckFixtures.assess(users.user("REGULATOR", null, null), null).get("id").asLong();
        findingY = FindingLifecycleApiTest.finding(fx.admin, deviceY, "INV-03").get("id").asLong();
    }

    private static Map<String, Object> withoutCq(Map<String, Object> camera, Long site) {
        camera.remove("certificateQuality");
        if (site != null) {
            camera.put("siteId", site);
        }
        return camera;
    }

    private Set<Long> findingDevices(Api api, String query) {
        Set<Long> devices = new HashSet<>();
        Set<Long> fixture = Set.of(deviceX, deviceXBranch, deviceY, deviceHousehold);
        api.get("/api/v1/findings?size=1000&checkId=INV-03" + query).json().get("items").forEach(f -> {
            long d = f.get("deviceId").asLong();
            if (fixture.contains(d)) {
                devices.add(d);
            }
        });
        return devices;
    }

    @Test
    void theRegulatorsRunCoveredEveryDevice() {
        assertThat(findingDevices(fx.admin, "")).containsExactlyInAnyOrder(deviceX, deviceXBranch, deviceY, deviceHousehold);
    }

    @Test
    void anOwnerSeesOnlyItsOwnFindings() {
        assertThat(findingDevices(ownerX, "")).containsExactlyInAnyOrder(deviceX, deviceXBranch);
        assertThat(findingDevices(ownerX, "&organizationId=" + ownerY)).as("a filter cannot widen the scope").isEmpty();
        assertThat(ownerX.get("/api/v1/findings/" + findingY).status()).isEqualTo(404);
        assertThat(ownerX.get("/api/v1/findings/" + findingY + "/results").status()).isEqualTo(404);
        assertThat(ownerX.get("/api/v1/devices/" + deviceY + "/findings").status()).isEqualTo(404);
        assertThat(ownerX.get("/api/v1/devices/" + deviceX + "/findings").status()).isEqualTo(200);
        assertThat(ownerX.post("/api/v1/findings/" + findingY + "/accept-risk", Map.of("reason", "mine now",
                "until", java.time.LocalDate.now().plusDays(30).toString())).status()).isEqualTo(404);
        assertThat(ownerX.get("/api/v1/assessments/" + regulatorRun).status())
                .as("another user's run, which covered other owners").isEqualTo(404);
        assertThat(ownerX.get("/api/v1/assessments/" + regulatorRun + "/results").status()).isEqualTo(404);
    }

    @Test
    void anOwnerAssessesOnlyItsOwnDevices() {
        assertThat(ownerX.post("/api/v1/assessments", Map.of("deviceId", deviceY)).status()).isEqualTo(404);
        JsonNode run = CheckFixtures.assess(ownerX, null);
        assertThat(run.get("devices").asInt()).isEqualTo(2);
        assertThat(run.get("subject").asString()).contains("OWNER");
        Set<Long> assessed = new HashSet<>();
        ownerX.get("/api/v1/assessments/" + run.get("id").asLong() + "/results?size=1000").json().get("items")
                .forEach(r -> assessed.add(r.get("deviceId").asLong()));
        assertThat(assessed).containsExactlyInAnyOrder(deviceX, deviceXBranch);
        JsonNode mine = ownerX.get("/api/v1/assessments?size=1000").json();
        mine.get("items").forEach(a -> assertThat(a.get("requestedBy").asString()).isNotEqualTo("admin"));
        assertThat(fx.admin.get("/api/v1/assessments/" + run.get("id").asLong()).status())
                .as("the regulator sees every run").isEqualTo(200);
    }

    @Test
    void ispAndPoliceSeeTheirSubscribersAndDistrictsAndPoliceCannotRunChecks() {
        assertThat(findingDevices(isp, "")).containsExactly(deviceHousehold);
        assertThat(findingDevices(police, "")).containsExactly(deviceX);
        String upper = URLEncoder.encode(district.toUpperCase(), StandardCharsets.UTF_8);
        assertThat(findingDevices(police, "&district=" + upper)).containsExactly(deviceX);
        Api.Response refused = police.post("/api/v1/assessments", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("read-only");
        assertThat(police.post("/api/v1/findings/" + FindingLifecycleApiTest.finding(fx.admin, deviceX, "INV-03")
                .get("id").asLong() + "/accept-risk", Map.of("reason", "r", "until", "2099-01-01")).status())
                .isEqualTo(403);
    }
}
