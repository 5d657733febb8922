package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The models page for a trade inspector: each model with its counts and warnings, linked to its devices. */
@CamWardenTest
class ConsoleModelsTest {

    @LocalServerPort
    int port;

    @Test
    void anInspectorSeesModelsWithTheirWarnedLists() {
        Api admin = Api.admin(port);
        Fixtures fx = new Fixtures(port);
        long owner = fx.organization(Fixtures.unique("Models console owner"), "OWNER", null);
        String model = Fixtures.unique("CMDL").replace(' ', '-');
        assertThat(admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "vendor", "Dahua", "model", model,
                "serial", model + "-1")).status()).isEqualTo(201);
        ConsoleClient inspector = ConsoleClient.loggedIn(port, fx.username("INSPECTOR", null, null), Fixtures.PASSWORD);
        String page = inspector.get("/models?q=" + model + "&lang=en").body();
        assertThat(page).contains("id=\"model-table\"").contains("data-model=\"" + model + "\"")
                .contains("data-warned=\"true\"").contains("FCC").contains("href=\"/models\"")
                .contains("/devices?vendor=Dahua&amp;model=" + model + "&amp;status=IN_SERVICE");
        assertThat(inspector.get("/models?sort=price&lang=en").body()).contains("id=\"filter-errors\"")
                .contains("unknown field");
    }
}
