package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Taking a device out of service from the console: the form (with its CSRF token) stores what the API's
 * decommission step stores, refuses a wipe without date and evidence at the fields and keeps nothing of it,
 * and the lists tell devices in service from those that left; read-only roles never see the form.
 */
@CamWardenTest
class ConsoleDecommissionTest {

    @LocalServerPort
    int port;

    @Test
    void anOwnerDecommissionsADeviceAndTheListsTellItFromTheWorkingFleet() {
        Api admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        long owner = fx.organization(Fixtures.unique("Decommission owner"), "OWNER", null);
        String tag = Fixtures.unique("DCM").replace(' ', '-');
        long leaving = fx.device(owner, null, tag + "-A", "127.0.0.1");
        long staying = fx.device(owner, null, tag + "-B", "127.0.0.1");
        ConsoleClient c = ConsoleClient.loggedIn(port, fx.username("OWNER", owner, null), Fixtures.PASSWORD);

        assertThat(c.get("/devices/" + leaving + "?lang=en").body()).contains("id=\"decommission-device\"")
                .contains(">Decommission<").doesNotContain("id=\"device-decommission\"");
        assertThat(c.get("/devices/" + leaving + "/decommission?lang=en").body()).contains("id=\"decommission-form\"")
                .contains("Returned to the vendor").contains("Secure erase");

        Map<String, String> noEvidence = new LinkedHashMap<>(Map.of("disposition", "TRANSFERRED",
                "wipeMethod", "FACTORY_RESET", "wipedOn", "yesterday", "recipient", "Ward 7 People's Committee"));
        ConsoleClient.Page refused = c.post("/devices/" + leaving + "/decommission", noEvidence);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"form-errors\"").contains("id=\"wipedOn-error\"")
                .contains("Ward 7 People&#39;s Committee");
        noEvidence.put("wipedOn", "");
        assertThat(c.post("/devices/" + leaving + "/decommission", noEvidence).body())
                .as("a wipe needs its date and the document that shows it").contains("id=\"wipedOn-error\"")
                .contains("id=\"wipeEvidence-error\"");
        assertThat(admin.get("/api/v1/devices/" + leaving + "/decommission").status()).as("nothing stored")
                .isEqualTo(404);

        Map<String, String> wiped = new LinkedHashMap<>(noEvidence);
        wiped.put("wipedOn", LocalDate.now().toString());
        wiped.put("wipeEvidence", "Wipe report WR-2026-204");
        wiped.put("credentialsRevoked", "true");
        ConsoleClient.Page saved = c.post("/devices/" + leaving + "/decommission", wiped);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/devices/" + leaving);
        Api.Response stored = admin.get("/api/v1/devices/" + leaving + "/decommission");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("wipeMethod").asString()).isEqualTo("FACTORY_RESET");
        assertThat(stored.json().get("wipeEvidence").asString()).isEqualTo("Wipe report WR-2026-204");
        assertThat(stored.json().get("credentialsRevoked").asBoolean()).isTrue();

        String detail = c.get("/devices/" + leaving + "?lang=en").body();
        assertThat(detail).contains("id=\"device-decommission\"").contains("Transferred to another owner")
                .contains("Wipe report WR-2026-204").contains("Edit decommission record");
        // the form corrects the record, filled with what was stored
        assertThat(c.get("/devices/" + leaving + "/decommission?lang=en").body())
                .contains("value=\"Wipe report WR-2026-204\"").contains("checked");

        String decommissioned = c.get("/devices?q=" + tag + "&status=DECOMMISSIONED&lang=en").body();
        assertThat(decommissioned).contains("data-id=\"" + leaving + "\"").doesNotContain("data-id=\"" + staying + "\"")
                .contains("class=\"tag retired\"");
        String inService = c.get("/devices?q=" + tag + "&status=IN_SERVICE").body();
        assertThat(inService).contains("data-id=\"" + staying + "\"").doesNotContain("data-id=\"" + leaving + "\"");
        assertThat(c.get("/devices?q=" + tag).body()).contains("data-id=\"" + staying + "\"")
                .contains("data-id=\"" + leaving + "\"");
        assertThat(c.get("/devices?status=GONE&lang=en").body()).contains("id=\"filter-errors\"").contains("GONE");

        // the API filters the same way, in list and count
        assertThat(admin.get("/api/v1/devices/count?q=" + tag + "&status=decommissioned").json().get("count").asLong())
                .isEqualTo(1);
        assertThat(admin.get("/api/v1/devices?q=" + tag + "&status=IN_SERVICE").json().get("items").get(0)
                .get("id").asLong()).isEqualTo(staying);
        Api.Response bad = admin.get("/api/v1/devices?status=GONE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("status").contains("IN_SERVICE, DECOMMISSIONED");

        ConsoleClient inspector = ConsoleClient.loggedIn(port, fx.username("INSPECTOR", null, null),
                Fixtures.PASSWORD);
        assertThat(inspector.get("/devices/" + leaving).body()).contains("id=\"device-decommission\"")
                .doesNotContain("id=\"decommission-device\"");
        assertThat(inspector.get("/devices/" + leaving + "/decommission").status()).isEqualTo(403);
    }
}
