package io.camwarden.console;

import static io.camwarden.support.ScanLines.host;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The scans page over real HTTP: a regulator uploads scan output and sees what it did, the device page shows
 * what the scan observed, an unmatched camera becomes a rogue candidate that is registered from what was
 * observed or dismissed with a reason (none given: refused at the field, nothing changed); other roles never
 * see the page.
 */
@CamWardenTest
class ConsoleScansTest {

    @LocalServerPort
    int port;

    @Test
    void aRegulatorUploadsAScanAndSettlesItsRogueCandidates() {
        Api admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        long owner = fx.organization(Fixtures.unique("Scan console owner"), "OWNER", null);
        String net = "10.95." + (port % 250) + "."; // a range no other test uses (ScanIngestTest: 10.91, 10.92)
        String serial = Fixtures.unique("SCN").replace(' ', '-');
        long known = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial", serial,
                "model", "DS-2CD2143G0-I", "firmware", "V5.5.0 build 170725", "addresses", List.of(net + "1"))).id();
        String upload = String.join("\n",
                host(net + "1", serial, "DS-2CD2143G0-I", "V5.7.3 build 220112", "CAMERA", "80/http", "554/rtsp"),
                host(net + "7", null, "IPC-HFW2431S", "2.800.0000000.16.R", "CAMERA", "554/rtsp"),
                host(net + "8", null, null, null, null, "554/rtsp"),
                "not json");

        ConsoleClient regulator = ConsoleClient.loggedIn(port, fx.username("REGULATOR", null, null), Fixtures.PASSWORD);
        assertThat(regulator.get("/scans?lang=en").body()).contains("id=\"scan-form\"").contains("href=\"/scans\"");
        assertThat(regulator.postFile("/scans", "file", "scan.jsonl", new byte[0]).status()).isEqualTo(400);
        ConsoleClient.Page uploaded = regulator.postFile("/scans", "file", "scan.jsonl",
                upload.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).isEqualTo(302);
        String page = regulator.get("/scans").body();
        assertThat(page).contains("id=\"scan-report\"").contains("3 hosts, 1 matched to registered devices")
                .contains("2 rogue candidates").contains("Line 4:").contains("id=\"runs\"")
                .contains("data-ip=\"" + net + "7\"").contains("data-ip=\"" + net + "8\"");

        // the device page shows what the scan saw; the firmware drift was applied
        assertThat(regulator.get("/devices/" + known).body()).contains("id=\"device-observation\"")
                .contains("matched by SERIAL").contains("V5.7.3 build 220112");

        // register: the new-device form comes filled with what was observed
        assertThat(page).contains("/devices/new?addresses=" + net + "7&amp;vendor=&amp;model=IPC-HFW2431S");
        String form = regulator.get("/devices/new?addresses=" + net + "7&model=IPC-HFW2431S"
                + "&firmware=2.800.0000000.16.R&kind=camera").body();
        assertThat(form).contains("value=\"" + net + "7\"").contains("value=\"IPC-HFW2431S\"")
                .contains("value=\"2.800.0000000.16.R\"").contains("<option value=\"CAMERA\" selected=\"selected\"");

        // dismiss: a reason is required; then it leaves the open list, with the reason kept
        long rogue = candidate(admin, net + "8");
        ConsoleClient.Page refused = regulator.post("/rogue-candidates/" + rogue + "/dismiss", Map.of("reason", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"form-errors\"");
        assertThat(regulator.post("/rogue-candidates/" + rogue + "/dismiss",
                Map.of("reason", "Test bench of the IT department")).status()).isEqualTo(302);
        assertThat(regulator.get("/scans").body()).contains("id=\"candidate-dismissed\"")
                .doesNotContain("data-ip=\"" + net + "8\"");
        assertThat(regulator.get("/scans?status=DISMISSED").body()).contains("data-ip=\"" + net + "8\"")
                .contains("Test bench of the IT department");
        assertThat(regulator.post("/rogue-candidates/" + rogue + "/dismiss", Map.of("reason", "again")).status())
                .as("only an open candidate is dismissed").isEqualTo(409);

        ConsoleClient ownerConsole = ConsoleClient.loggedIn(port, fx.username("OWNER", owner, null), Fixtures.PASSWORD);
        assertThat(ownerConsole.get("/").body()).doesNotContain("href=\"/scans\"");
        assertThat(ownerConsole.get("/scans").status()).isEqualTo(403);
        assertThat(ownerConsole.postFile("/scans", "file", "scan.jsonl", upload.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(403);
    }

    private static long candidate(Api admin, String ip) {
        for (JsonNode c : admin.get("/api/v1/rogue-candidates?status=OPEN&size=1000").json().get("items")) {
            if (c.get("ip").asString().equals(ip)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no open rogue candidate at " + ip);
    }
}
