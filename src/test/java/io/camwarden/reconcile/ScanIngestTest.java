package io.camwarden.reconcile;

import static io.camwarden.support.ScanLines.host;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@CamWardenTest
class ScanIngestTest {

    @LocalServerPort
    int port;

    @Test
    void hostsAreMatchedDriftIsRecordedAndUnknownCamerasBecomeRogueCandidates() {
        Fixtures fx = new Fixtures(port);
        Api admin = Api.admin(port);
        long owner = fx.organization(Fixtures.unique("Scan owner"), "OWNER", null);
        String net = "10.91." + (port % 250) + ".";
        String serial = "SCAN-" + System.nanoTime();
        long a = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial", serial,
                "model", "DS-2CD2143G0-I", "firmware", "V5.5.0 build 170725", "addresses", List.of(net + "1"))).id();
        long b = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "mac", "02:91:00:00:00:02",
                "model", "IPC-HFW2431S", "firmware", "2.800.0000000.16.R", "addresses", List.of(net + "2"))).id();

        String upload = String.join("\n",
                host(net + "101", serial, "DS-2CD2143G0-I", "V5.7.3 build 220112", "CAMERA", "80/http", "554/rtsp"),
                host(net + "2", null, "DS-7608NI-K2", "V4.30.210", "NVR", "80/http"),
                host(net + "3", null, null, null, null, "554/rtsp"),
                host(net + "4", null, null, null, null, "80/http"),
                "this is not json",
                "");
        Api.Response r = admin.send("POST", "/api/v1/scans?source=test", "application/x-ndjson", upload);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("hosts").asInt()).isEqualTo(4);
        assertThat(report.get("matched").asInt()).isEqualTo(2);
        assertThat(report.get("driftApplied").asInt()).isEqualTo(1);
        assertThat(report.get("driftNotApplied").asInt()).isEqualTo(1);
        assertThat(report.get("rogueCandidates").asInt()).isEqualTo(1);
        assertThat(report.get("ignored").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(5);

        // matched by serial at another address: the firmware drift is applied, and history says why
        assertThat(admin.get("/api/v1/devices/" + a).json().get("firmware").asString()).isEqualTo("V5.7.3 build 220112");
        JsonNode historyA = admin.get("/api/v1/devices/" + a + "/history").json();
        assertThat(historyA.get(0).get("field").asString()).isEqualTo("firmware");
        assertThat(historyA.get(0).get("oldValue").asString()).isEqualTo("V5.5.0 build 170725");
        assertThat(historyA.get(0).get("reason").asString()).startsWith("drift observed by scan #")
                .contains("onvif.firmware@80");
        JsonNode observed = admin.get("/api/v1/devices/" + a + "/observation").json();
        assertThat(observed.get("matchedBy").asString()).isEqualTo("SERIAL");
        assertThat(observed.get("ip").asString()).isEqualTo(net + "101");

        // a different model at a registered address: recorded, not applied
        JsonNode devB = admin.get("/api/v1/devices/" + b).json();
        assertThat(devB.get("model").asString()).isEqualTo("IPC-HFW2431S");
        assertThat(devB.get("firmware").asString()).isEqualTo("2.800.0000000.16.R");
        JsonNode historyB = admin.get("/api/v1/devices/" + b + "/history").json();
        assertThat(historyB.findValuesAsString("reason")).anyMatch(s -> s.contains("not applied"));

        // the unknown RTSP host is a rogue candidate until a device is registered there
        JsonNode open = admin.get("/api/v1/rogue-candidates?status=open&size=1000").json();
        assertThat(open.get("items").findValuesAsString("ip")).contains(net + "3").doesNotContain(net + "4");
        admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial", serial + "-3",
                "addresses", List.of(net + "3")));
        admin.send("POST", "/api/v1/scans", "application/x-ndjson", host(net + "3", null, null, null, null, "554/rtsp"));
        JsonNode registered = admin.get("/api/v1/rogue-candidates?status=REGISTERED&size=1000").json();
        assertThat(registered.get("items").findValuesAsString("ip")).contains(net + "3");
    }

    @Test
    void onlyRegulatorsUploadAndDismissalsNeedAReason() {
        Fixtures fx = new Fixtures(port);
        Api owner = fx.user("OWNER", fx.organization(Fixtures.unique("Scan org"), "OWNER", null), null);
        assertThat(owner.send("POST", "/api/v1/scans", "application/x-ndjson", host("10.92.0.1", null, null, null,
                null, "554/rtsp")).status()).isEqualTo(403);
        assertThat(owner.get("/api/v1/rogue-candidates").status()).isEqualTo(403);

        Api admin = Api.admin(port);
        String ip = "10.92." + (port % 250) + ".7";
        admin.send("POST", "/api/v1/scans", "application/json", "[" + host(ip, null, null, null, "DVR", "37777/vendor-control") + "]");
        long id = -1;
        for (JsonNode c : admin.get("/api/v1/rogue-candidates?status=OPEN&size=1000").json().get("items")) {
            if (c.get("ip").asString().equals(ip)) {
                id = c.get("id").asLong();
            }
        }
        assertThat(id).isPositive();
        assertThat(admin.post("/api/v1/rogue-candidates/" + id + "/dismiss", Map.of("reason", " ")).status()).isEqualTo(400);
        JsonNode dismissed = admin.post("/api/v1/rogue-candidates/" + id + "/dismiss",
                Map.of("reason", "lab bench of the IT department")).json();
        assertThat(dismissed.get("status").asString()).isEqualTo("DISMISSED");
        assertThat(admin.get("/api/v1/scans").json().get("items").get(0).get("uploadedBy").asString()).isEqualTo("admin");
    }
}
