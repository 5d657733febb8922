package io.camwarden.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds registry records through the real API as the administrator. Test classes share one server and
 * database, so every name carries a unique suffix.
 */
public final class Fixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    public static final String PASSWORD = "test-password-1";

    private final Api admin;
    private final int port;

    public Fixtures(int port) {
        this.port = port;
        this.admin = Api.admin(port);
    }

    public static String unique(String base) {
        return base + " " + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();
    }

    public long organization(String name, String kind, Long parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", kind));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return created(admin.post("/api/v1/organizations", body));
    }

    public long site(long organizationId, String name, String district) {
        return created(admin.post("/api/v1/sites", Map.of("organizationId", organizationId, "name", name,
                "district", district, "latitude", 10.77, "longitude", 106.70)));
    }

    public long informationSystem(long organizationId, String name, int level) {
        return created(admin.post("/api/v1/information-systems", Map.of("organizationId", organizationId,
                "name", name, "securityLevel", level)));
    }

    public long device(long ownerId, Long siteId, String serial, String ip) {
        Map<String, Object> body = new HashMap<>(Map.of("ownerOrganizationId", ownerId, "serial", serial,
                "vendor", "Hikvision", "model", "DS-2CD2143G0-I", "addresses", List.of(ip)));
        if (siteId != null) {
            body.put("siteId", siteId);
        }
        return created(admin.post("/api/v1/devices", body));
    }

    /** A user with {@link #PASSWORD}; returns an API client authenticated by that user's API token. */
    public Api user(String role, Long organizationId, List<String> districts) {
        return Api.anonymous(port).as(username(role, organizationId, districts), PASSWORD).tokenClient();
    }

    /** A user with {@link #PASSWORD}; returns its name, for a console login. */
    public String username(String role, Long organizationId, List<String> districts) {
        String username = unique(role.toLowerCase()).replace(' ', '.');
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", PASSWORD, "role", role));
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        if (districts != null) {
            body.put("districts", districts);
        }
        created(admin.post("/api/v1/users", body));
        return username;
    }

    private static long created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }
}
