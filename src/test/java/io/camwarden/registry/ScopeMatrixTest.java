package io.camwarden.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Roles × endpoints: an OWNER, ISP or POLICE user never sees or changes a device outside its scope, on
 * any endpoint (list, get, count, export, search, import, update, delete, history). Read-only roles
 * cannot write at all. The fixture is a small city: two owners (one with a branch), two ISPs with
 * households, and devices spread over two districts whose names are unique to this test run.
 */
@CamWardenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixTest {

    @LocalServerPort
    int port;

    /** Serial → device id, for every device of the fixture. */
    final Map<String, Long> devices = new LinkedHashMap<>();
    final Map<String, Api> users = new LinkedHashMap<>();
    final Map<String, Set<String>> visible = new LinkedHashMap<>();
    String token;
    String districtA;
    String ownerYName;
    long ownerY;

    @BeforeAll
    void city() {
        Fixtures fx = new Fixtures(port);
        token = Long.toString(System.nanoTime(), 36);
        districtA = "District A " + token;
        String districtB = "District B " + token;
        long ownerX = fx.organization(Fixtures.unique("Owner X"), "OWNER", null);
        long branchX = fx.organization(Fixtures.unique("Owner X branch"), "OWNER", ownerX);
        ownerYName = Fixtures.unique("Owner Y");
        ownerY = fx.organization(ownerYName, "OWNER", null);
        long ispA = fx.organization(Fixtures.unique("ISP A"), "ISP", null);
        long household1 = fx.organization(Fixtures.unique("Household 1"), "SUBSCRIBER", ispA);
        fx.organization(Fixtures.unique("Household 2"), "SUBSCRIBER", ispA);
        long ispB = fx.organization(Fixtures.unique("ISP B"), "ISP", null);
        long household3 = fx.organization(Fixtures.unique("Household 3"), "SUBSCRIBER", ispB);
        long police = fx.organization(Fixtures.unique("Police"), "POLICE", null);

        long siteX = fx.site(ownerX, Fixtures.unique("Market gate"), districtA);
        long siteY = fx.site(ownerY, Fixtures.unique("Bus station"), districtB);
        long siteH1 = fx.site(household1, Fixtures.unique("Home 1"), districtA);

        device(fx, ownerX, siteX, "X", 1);
        device(fx, branchX, null, "XB", 2);
        device(fx, ownerY, siteY, "Y", 3);
        device(fx, household1, siteH1, "H1", 4);
        device(fx, household3, null, "H3", 5);
        device(fx, ispA, null, "ISPA", 6);

        users.put("OWNER", fx.user("OWNER", ownerX, null));
        users.put("ISP", fx.user("ISP", ispA, null));
        users.put("POLICE", fx.user("POLICE", police, List.of(districtA.toUpperCase())));
        users.put("INSPECTOR", fx.user("INSPECTOR", null, null));
        users.put("REGULATOR", fx.user("REGULATOR", null, null));
        visible.put("OWNER", Set.of(serial("X"), serial("XB")));
        visible.put("ISP", Set.of(serial("H1")));
        visible.put("POLICE", Set.of(serial("X"), serial("H1")));
        visible.put("INSPECTOR", Set.copyOf(devices.keySet()));
        visible.put("REGULATOR", Set.copyOf(devices.keySet()));
    }

    private void device(Fixtures fx, long owner, Long site, String name, int n) {
        devices.put(serial(name), fx.device(owner, site, serial(name), "10.90." + (port % 200) + "." + n));
    }

    private String serial(String name) {
        return "MX-" + token + "-" + name;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> args = new ArrayList<>();
        for (String role : List.of("OWNER", "ISP", "POLICE", "INSPECTOR", "REGULATOR")) {
            for (String endpoint : List.of("list", "get", "count", "export-csv", "export-json", "search",
                    "filter-cannot-widen", "ip-filter", "import", "update", "delete", "history")) {
                args.add(Arguments.of(role, endpoint));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("matrix")
    void roleSeesAndChangesOnlyItsScope(String role, String endpoint) {
        Api api = users.get(role);
        Set<String> mine = visible.get(role);
        boolean writer = role.equals("OWNER") || role.equals("ISP") || role.equals("REGULATOR");
        switch (endpoint) {
            case "list" -> assertThat(fixtureSerials(api.get("/api/v1/devices?size=1000&q=" + token).json().get("items")))
                    .isEqualTo(mine);
            case "get" -> devices.forEach((serial, id) -> assertThat(api.get("/api/v1/devices/" + id).status())
                    .as(serial).isEqualTo(mine.contains(serial) ? 200 : 404));
            case "count" -> assertThat(api.get("/api/v1/devices/count?q=" + token).json().get("count").asInt())
                    .isEqualTo(mine.size());
            case "export-csv" -> {
                Set<String> seen = new HashSet<>();
                api.get("/api/v1/devices/export?format=csv").body().lines().skip(1)
                        .map(l -> l.substring(0, l.indexOf(','))).filter(s -> s.contains(token)).forEach(seen::add);
                assertThat(seen).isEqualTo(mine);
            }
            case "export-json" -> {
                Set<String> seen = new HashSet<>();
                api.get("/api/v1/devices/export?format=json").json().forEach(d -> {
                    if (d.get("serial").asString().contains(token)) {
                        seen.add(d.get("serial").asString());
                    }
                });
                assertThat(seen).isEqualTo(mine);
            }
            case "search" -> {
                JsonNode r = api.get("/api/v1/search?q=" + token).json();
                assertThat(fixtureSerials(r.get("devices").get("items"))).isEqualTo(mine);
            }
            case "filter-cannot-widen" -> {
                JsonNode r = api.get("/api/v1/devices?size=1000&organizationId=" + ownerY + "&q=" + token).json();
                Set<String> expected = mine.contains(serial("Y")) ? Set.of(serial("Y")) : Set.of();
                assertThat(fixtureSerials(r.get("items"))).isEqualTo(expected);
            }
            case "ip-filter" -> {
                JsonNode r = api.get("/api/v1/devices?size=1000&ip=10.90." + (port % 200) + ".0/24").json();
                assertThat(fixtureSerials(r.get("items"))).isEqualTo(mine);
            }
            case "import" -> {
                String csv = "serial,owner,firmware\n" + serial("Y") + ",\"" + ownerYName + "\",HACKED\n"
                        + serial("Y") + ",#" + ownerY + ",HACKED\n";
                Api.Response r = api.send("POST", "/api/v1/devices/import", "text/csv", csv);
                if (!writer) {
                    assertThat(r.status()).isEqualTo(403);
                } else if (mine.contains(serial("Y"))) {
                    assertThat(r.status()).isEqualTo(200); // the regulator may; undo below
                    restoreY();
                } else {
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.json().get("created").asInt() + r.json().get("updated").asInt()).isZero();
                    assertThat(r.json().get("rejected")).hasSize(2);
                }
                assertThat(Api.admin(port).get("/api/v1/devices/" + devices.get(serial("Y"))).json().get("firmware")
                        .isNull()).isTrue();
            }
            case "update" -> devices.forEach((serial, id) -> {
                if (mine.contains(serial) && writer) {
                    return; // a legitimate write; not this test's subject
                }
                Map<String, Object> body = Map.of("ownerOrganizationId", ownerY, "serial", serial, "notes", "changed");
                assertThat(api.put("/api/v1/devices/" + id, body).status()).as(serial).isEqualTo(writer ? 404 : 403);
            });
            case "delete" -> devices.forEach((serial, id) -> {
                if (!mine.contains(serial)) {
                    assertThat(api.delete("/api/v1/devices/" + id).status()).as(serial).isIn(403, 404);
                } else if (!writer) {
                    assertThat(api.delete("/api/v1/devices/" + id).status()).as(serial).isEqualTo(403);
                }
            });
            case "history" -> devices.forEach((serial, id) -> assertThat(api.get("/api/v1/devices/" + id + "/history")
                    .status()).as(serial).isEqualTo(mine.contains(serial) ? 200 : 404));
            default -> throw new IllegalArgumentException(endpoint);
        }
        // whatever the endpoint did, every device of the fixture still exists, unchanged outside the scope
        devices.forEach((serial, id) -> assertThat(Api.admin(port).get("/api/v1/devices/" + id).status())
                .as(serial + " still exists").isEqualTo(200));
    }

    private void restoreY() {
        Api.admin(port).put("/api/v1/devices/" + devices.get(serial("Y")), Map.of("ownerOrganizationId", ownerY,
                "serial", serial("Y"), "vendor", "Hikvision", "model", "DS-2CD2143G0-I",
                "addresses", List.of("10.90." + (port % 200) + ".3"), "siteId",
                Api.admin(port).get("/api/v1/devices/" + devices.get(serial("Y"))).json().get("siteId").asLong()));
    }

    private Set<String> fixtureSerials(JsonNode items) {
        Set<String> s = new HashSet<>();
        items.forEach(d -> {
            if (d.get("serial").asString().contains(token)) {
                s.add(d.get("serial").asString());
            }
        });
        return s;
    }
}
