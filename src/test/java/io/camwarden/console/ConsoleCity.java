package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small city for console tests, with names unique to this run (tests share one server): two owners in
 * two districts, a site with coordinates in each, an information system, devices of two vendors, and one
 * user per role that matters to the console (owner of A, police of district A, inspector).
 */
final class ConsoleCity {

    final String token = Long.toString(System.nanoTime(), 36);
    final String districtA = "Quận A " + token;
    final String districtB = "Quận B " + token;
    final String vendorA = "Axis-" + token;
    final String vendorB = "Bosch-" + token;
    final long ownerA;
    final long ownerB;
    /** A branch of owner A, so that the tree has a level to open. */
    final long branchA;
    final String branchAName = Fixtures.unique("Branch A");
    final String ownerAName = Fixtures.unique("Owner A");
    final long siteA;
    final long siteB;
    final long systemA;
    final long deviceA1;
    final long deviceA2;
    final long deviceB1;
    final String owner = "owner-" + token;
    final String police = "police-" + token;
    final String inspector = "inspector-" + token;

    ConsoleCity(int port) {
        Api admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        ownerA = fx.organization(ownerAName, "OWNER", null);
        ownerB = fx.organization(Fixtures.unique("Owner B"), "OWNER", null);
        branchA = fx.organization(branchAName, "OWNER", ownerA);
        siteA = fx.site(ownerA, Fixtures.unique("Site A"), districtA);
        siteB = created(admin.post("/api/v1/sites", Map.of("organizationId", ownerB, "name", Fixtures.unique("Site B"),
                "district", districtB, "latitude", 10.80, "longitude", 106.65)));
        systemA = fx.informationSystem(ownerA, Fixtures.unique("Traffic A"), 3);
        deviceA1 = device(admin, ownerA, siteA, vendorA, "A1-" + token, "10.61.0.1");
        deviceA2 = device(admin, ownerA, siteA, vendorA, "A2-" + token, "10.61.0.2");
        deviceB1 = device(admin, ownerB, siteB, vendorB, "B1-" + token, "10.62.0.1");
        user(admin, owner, "OWNER", ownerA, null);
        user(admin, police, "POLICE", null, List.of(districtA));
        user(admin, inspector, "INSPECTOR", null, null);
    }

    private static long device(Api admin, long owner, long site, String vendor, String serial, String ip) {
        return created(admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "siteId", site,
                "vendor", vendor, "model", "M-" + serial, "serial", serial, "addresses", List.of(ip))));
    }

    private static void user(Api admin, String username, String role, Long org, List<String> districts) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", Fixtures.PASSWORD,
                "role", role));
        if (org != null) {
            body.put("organizationId", org);
        }
        if (districts != null) {
            body.put("districts", districts);
        }
        created(admin.post("/api/v1/users", body));
    }

    private static long created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }
}
