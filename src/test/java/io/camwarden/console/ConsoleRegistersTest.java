package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.support.MovableClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The registers the regulator keeps, from the console over real HTTP: a regulator adds entries through the
 * forms (with their CSRF token) and they are in the list, in the API and in the next assessment of the check
 * that reads them (INV-05, FW-01, FW-04); a bad entry is refused at its fields and nothing is stored; read-only
 * roles see the lists but no form, and are refused when they post anyway. The firmware and vendor registers are
 * global (an entry in the vendor register changes FW-04 for every vendor), so this class runs on the server of
 * the MovableClock classes, which keep such settings away from the others, and empties both registers again.
 */
@CamWardenTest
@Import(MovableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleRegistersTest {

    @LocalServerPort
    int port;
    Api admin;
    Fixtures fx;
    long owner;
    ConsoleClient regulator;

    @BeforeAll
    void registry() {
        admin = Api.admin(port);
        fx = new Fixtures(port);
        owner = fx.organization(Fixtures.unique("Registers owner"), "OWNER", null);
        regulator = ConsoleClient.loggedIn(port, fx.username("REGULATOR", null, null), Fixtures.PASSWORD);
    }

    @AfterAll
    void emptyTheRegisters() {
        for (String register : List.of("/api/v1/firmware-register", "/api/v1/vendor-register")) {
            for (JsonNode e : admin.get(register).json()) {
                admin.delete(register + "/" + e.get("id").asLong());
            }
        }
    }

    @Test
    void aWarnedVendorAddedInTheConsoleFailsInv05UntilItIsRetired() {
        String vendor = Fixtures.unique("Acme Vision").replace(' ', '_');
        String brand = Fixtures.unique("Roadrunner").replace(' ', '_');
        String menu = regulator.get("/?lang=en").body();
        assertThat(menu).contains("href=\"/registers/warned-vendors\"").contains(">Registers<");
        String list = regulator.get("/registers/warned-vendors?lang=en").body();
        assertThat(list).contains("id=\"register-hint\"").contains("Check INV-05 uses this list")
                .contains("href=\"/findings?checkId=INV-05\"").contains("id=\"new-entry\"")
                .as("the shipped list").contains("Dahua Technology");
        assertThat(regulator.get("/registers/warned-vendors/new?lang=en").body()).contains("id=\"warned-vendor-form\"");

        Map<String, String> bad = new LinkedHashMap<>(Map.of("vendor", vendor, "brands", "other relabels",
                "minLevel", "9"));
        ConsoleClient.Page refused = regulator.post("/registers/warned-vendors?lang=en", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"form-errors\"").contains("id=\"authority-error\"")
                .contains("id=\"instrument-error\"").contains("id=\"source-error\"").contains("id=\"minLevel-error\"")
                .contains("id=\"brands-error\"").contains("is not a brand name").contains("value=\"" + vendor + "\"");
        assertThat(warned(false, vendor)).as("nothing stored").isNull();

        Map<String, String> good = new LinkedHashMap<>(Map.of("vendor", vendor,
                "brands", brand + " (verify)\r\nCoyote Optics", "authority", "MPS A05", "instrument",
                "Official letter 123/A05-P4", "source", "letter of 2026-05-02, copy in dossier 17", "minLevel", ""));
        ConsoleClient.Page added = regulator.post("/registers/warned-vendors", good);
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).endsWith("/registers/warned-vendors");
        JsonNode stored = warned(false, vendor);
        assertThat(stored).isNotNull();
        long id = stored.get("id").asLong();
        assertThat(stored.get("brands").get(0).get("name").asString()).isEqualTo(brand);
        assertThat(stored.get("brands").get(0).get("remark").asString()).isEqualTo("verify");
        assertThat(stored.get("brands").get(1).get("name").asString()).isEqualTo("Coyote Optics");
        assertThat(regulator.get("/registers/warned-vendors?lang=en").body()).contains("id=\"entry-saved\"")
                .contains("data-id=\"" + id + "\"").contains(brand).contains("(verify)").contains("Every level");

        long device = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("WVC").replace(' ', '-'), "vendor", brand.toUpperCase())).id();
        JsonNode inv05 = result(device, "INV-05");
        assertThat(inv05.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(inv05.get("evidence").get("summary").asString()).contains("a related brand of " + vendor);

        ConsoleClient inspector = ConsoleClient.loggedIn(port, fx.username("INSPECTOR", null, null), Fixtures.PASSWORD);
        String readOnly = inspector.get("/registers/warned-vendors?lang=en").body();
        assertThat(readOnly).contains("data-id=\"" + id + "\"").contains("Dahua Technology")
                .doesNotContain("id=\"new-entry\"").doesNotContain("id=\"retire-" + id + "\"");
        assertThat(inspector.get("/registers/warned-vendors/new").status()).isEqualTo(403);
        Map<String, String> other = new LinkedHashMap<>(good);
        other.put("vendor", vendor + "_inspector");
        assertThat(inspector.post("/registers/warned-vendors", other).status()).isEqualTo(403);
        assertThat(warned(true, vendor + "_inspector")).isNull();
        assertThat(inspector.post("/registers/warned-vendors/" + id + "/retire", Map.of("reason", "mine")).status())
                .isEqualTo(403);

        assertThat(regulator.get("/registers/warned-vendors/" + id + "/retire?lang=en").body())
                .contains("id=\"retire-form\"").contains("MPS A05");
        ConsoleClient.Page noReason = regulator.post("/registers/warned-vendors/" + id + "/retire", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"reason-error\"");
        assertThat(warned(false, vendor)).as("still active").isNotNull();
        assertThat(regulator.post("/registers/warned-vendors/" + id + "/retire",
                Map.of("reason", "Withdrawn by letter 130/A05")).status()).isEqualTo(302);
        assertThat(regulator.get("/registers/warned-vendors?lang=en").body()).contains("id=\"entry-retired\"")
                .doesNotContain("data-id=\"" + id + "\"");
        assertThat(regulator.get("/registers/warned-vendors?includeRetired=true&lang=en").body())
                .contains("data-id=\"" + id + "\"").contains("Withdrawn by letter 130/A05");
        assertThat(warned(true, vendor).get("retiredReason").asString()).isEqualTo("Withdrawn by letter 130/A05");
        ConsoleClient.Page again = regulator.post("/registers/warned-vendors/" + id + "/retire?lang=en",
                Map.of("reason", "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"form-errors\"").contains("was already retired");
        assertThat(result(device, "INV-05").get("outcome").asString()).isEqualTo("PASS");
    }

    @Test
    void aFirmwareReleaseAddedInTheConsoleFailsOlderDevicesOfTheModel() {
        String model = Fixtures.unique("FWC").replace(' ', '-');
        long device = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("FWC").replace(' ', '-'), "vendor", "Hikvision", "model", model,
                "firmware", "V5.4.0 build 170101")).id();
        assertThat(result(device, "FW-01").get("outcome").asString()).isEqualTo("NOT_TESTED");
        assertThat(regulator.get("/registers/firmware?lang=en").body()).contains("Check FW-01 uses this register")
                .contains("href=\"/findings?checkId=FW-01\"").contains("id=\"new-entry\"");

        Map<String, String> bad = new LinkedHashMap<>(Map.of("vendor", "Hikvision", "modelPattern", model,
                "version", "latest", "releasedOn", LocalDate.now().plusDays(9).toString(), "source", ""));
        ConsoleClient.Page refused = regulator.post("/registers/firmware?lang=en", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"version-error\"").contains("id=\"releasedOn-error\"")
                .contains("id=\"source-error\"").contains("cannot be put in order").contains("value=\"" + model + "\"");
        bad.put("releasedOn", "last spring");
        assertThat(regulator.post("/registers/firmware", bad).body()).contains("id=\"releasedOn-error\"");
        assertThat(firmware(model)).as("nothing stored").isNull();

        Map<String, String> good = new LinkedHashMap<>(Map.of("vendor", "Hikvision", "modelPattern", model,
                "version", "V5.6.0 build 190301", "releasedOn", LocalDate.now().minusDays(60).toString(),
                "security", "true", "reference", "HSRC-202109-01", "source", "Vendor release notes, read 2026-12-01"));
        ConsoleClient.Page added = regulator.post("/registers/firmware", good);
        assertThat(added.status()).isEqualTo(302);
        JsonNode stored = firmware(model);
        assertThat(stored.get("security").asBoolean()).isTrue();
        long id = stored.get("id").asLong();
        assertThat(regulator.get("/registers/firmware?lang=en").body()).contains("data-id=\"" + id + "\"")
                .contains("V5.6.0 build 190301").contains("HSRC-202109-01");
        JsonNode fw01 = result(device, "FW-01");
        assertThat(fw01.get("outcome").asString()).as(fw01.toString()).isEqualTo("FAIL");
        assertThat(fw01.get("evidence").get("summary").asString()).contains("V5.6.0 build 190301");

        ConsoleClient.Page twice = regulator.post("/registers/firmware?lang=en", good);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("id=\"form-errors\"").contains("is already in the firmware register");

        ConsoleClient police = ConsoleClient.loggedIn(port, fx.username("POLICE", null, List.of("Quận 1")),
                Fixtures.PASSWORD);
        assertThat(police.get("/registers/firmware").body()).contains("data-id=\"" + id + "\"")
                .doesNotContain("id=\"new-entry\"").doesNotContain("id=\"edit-" + id + "\"");
        assertThat(police.get("/registers/firmware/" + id + "/edit").status()).isEqualTo(403);
        assertThat(police.post("/registers/firmware/" + id + "/delete", Map.of()).status()).isEqualTo(403);
        Map<String, String> theirs = new LinkedHashMap<>(good);
        theirs.put("version", "V9.9.9 build 990909");
        assertThat(police.post("/registers/firmware", theirs).status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/firmware-register").json()).noneMatch(e -> e.get("version").asString()
                .equals("V9.9.9 build 990909"));

        // the edit form comes filled in; an unticked box is "not a security release"
        assertThat(regulator.get("/registers/firmware/" + id + "/edit").body()).contains("value=\"V5.6.0 build 190301\"")
                .contains("checked");
        Map<String, String> corrected = new LinkedHashMap<>(good);
        corrected.remove("security");
        assertThat(regulator.post("/registers/firmware/" + id, corrected).status()).isEqualTo(302);
        assertThat(firmware(model).get("security").asBoolean()).isFalse();

        assertThat(regulator.get("/registers/firmware/" + id + "/delete?lang=en").body()).contains("id=\"confirm-delete\"")
                .contains("href=\"/registers/firmware\"");
        assertThat(regulator.post("/registers/firmware/" + id + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(firmware(model)).isNull();
        assertThat(result(device, "FW-01").get("outcome").asString()).isEqualTo("NOT_TESTED");
    }

    @Test
    void aVendorAddedInTheConsoleDecidesFw04ForItsDevices() {
        String vendor = Fixtures.unique("Coyote Optics").replace(' ', '_');
        long device = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("VRC").replace(' ', '-'), "vendor", vendor.toUpperCase())).id();
        assertThat(regulator.get("/registers/vendors?lang=en").body()).contains("Check FW-04 uses this register")
                .contains("href=\"/findings?checkId=FW-04\"").contains("id=\"new-entry\"");

        ConsoleClient.Page refused = regulator.post("/registers/vendors", Map.of("vendor", " ",
                "disclosureChannel", "psirt@coyote.example", "source", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"vendor-error\"").contains("id=\"source-error\"")
                .contains("value=\"psirt@coyote.example\"");
        assertThat(vendorEntry(vendor)).as("nothing stored").isNull();

        Map<String, String> good = new LinkedHashMap<>(Map.of("vendor", vendor, "disclosureChannel",
                "psirt@coyote.example", "source", "Procurement file PF-2026-031"));
        assertThat(regulator.post("/registers/vendors", good).status()).isEqualTo(302);
        long id = vendorEntry(vendor).get("id").asLong();
        assertThat(regulator.get("/registers/vendors?lang=en").body()).contains("data-id=\"" + id + "\"")
                .contains("psirt@coyote.example").contains("None known");
        assertThat(result(device, "FW-04").get("outcome").asString()).as("no feed, no support period")
                .isEqualTo("FAIL");

        ConsoleClient.Page twice = regulator.post("/registers/vendors?lang=en", good);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("is already in the vendor register");

        ConsoleClient ownerConsole = ConsoleClient.loggedIn(port, fx.username("OWNER", owner, null), Fixtures.PASSWORD);
        assertThat(ownerConsole.get("/registers/vendors").body()).contains("data-id=\"" + id + "\"")
                .doesNotContain("id=\"new-entry\"").doesNotContain("id=\"delete-" + id + "\"");
        assertThat(ownerConsole.get("/registers/vendors/new").status()).isEqualTo(403);
        assertThat(ownerConsole.post("/registers/vendors/" + id, Map.of("vendor", vendor, "source", "mine"))
                .status()).isEqualTo(403);
        assertThat(vendorEntry(vendor).get("source").asString()).isEqualTo("Procurement file PF-2026-031");

        Map<String, String> complete = new LinkedHashMap<>(good);
        complete.put("advisoryFeed", "https://coyote.example/security/advisories");
        complete.put("supportPeriod", "5 years after end of sale");
        assertThat(regulator.get("/registers/vendors/" + id + "/edit").body()).contains("value=\"psirt@coyote.example\"");
        assertThat(regulator.post("/registers/vendors/" + id, complete).status()).isEqualTo(302);
        assertThat(result(device, "FW-04").get("outcome").asString()).isEqualTo("PASS");

        assertThat(regulator.post("/registers/vendors/" + id + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(vendorEntry(vendor)).isNull();
    }

    private JsonNode warned(boolean includeRetired, String vendor) {
        return find(admin.get("/api/v1/warned-vendors?includeRetired=" + includeRetired).json(), "vendor", vendor);
    }

    private JsonNode firmware(String model) {
        return find(admin.get("/api/v1/firmware-register").json(), "modelPattern", model);
    }

    private JsonNode vendorEntry(String vendor) {
        return find(admin.get("/api/v1/vendor-register").json(), "vendor", vendor);
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        list.forEach(e -> {
            if (e.get(field).asString().equals(value)) {
                found.add(e);
            }
        });
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The device's result of one check in a new assessment of it. */
    private JsonNode result(long device, String checkId) {
        Api.Response run = admin.post("/api/v1/assessments", Map.of("deviceId", device));
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        for (JsonNode r : admin.get("/api/v1/assessments/" + run.id() + "/results?size=100").json().get("items")) {
            if (r.get("checkId").asString().equals(checkId)) {
                return r;
            }
        }
        throw new AssertionError("no " + checkId + " result for device " + device);
    }
}
