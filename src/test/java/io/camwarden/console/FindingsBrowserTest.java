package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The findings pages in real headless Chromium: Persian right to left, a filter applied in place by htmx; a risk
 * accepted and the acceptance withdrawn with the finding page's forms.
 */
@CamWardenTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsBrowserTest {

    @LocalServerPort
    int port;
    ConsoleCity city;
    Browser browser;
    JsonNode finding;
    JsonNode another;

    @BeforeAll
    void start() {
        city = new ConsoleCity(port);
        Api admin = Api.admin(port);
        Api.Response r = admin.post("/api/v1/assessments", Map.of("deviceId", city.deviceA1));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        // a bare registry record fails several registry checks; any of its findings will do
        JsonNode items = admin.get("/api/v1/devices/" + city.deviceA1 + "/findings?size=2").json().get("items");
        assertThat(items.size()).as("the bare record fails at least two registry checks").isEqualTo(2);
        finding = items.get(0);
        another = items.get(1);
        browser = Browser.start(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOwnerFiltersItsFindingsInPersianRightToLeft() {
        browser.login(city.owner, Fixtures.PASSWORD);
        browser.open("/findings?lang=fa");
        assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find("#finding-table").getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.text("#finding-table")).contains("باز");
        browser.script("window.stillTheSamePage = true");
        browser.script("const s = document.getElementById('f-check'); s.value = '"
                + finding.get("checkId").asString() + "'; s.form.requestSubmit();");
        browser.waitFor(d -> browser.path().contains("checkId="));
        browser.waitForText("#finding-table", finding.get("checkId").asString());
        assertThat(browser.find("tr[data-id='" + finding.get("id").asLong() + "']").isDisplayed()).isTrue();
        assertThat(browser.script("return window.stillTheSamePage === true")).as("swapped in place, no reload")
                .isEqualTo(true);
    }

    @Test
    void anOwnerAcceptsARiskAndWithdrawsTheAcceptanceWithThePagesButtons() {
        long id = another.get("id").asLong();
        browser.login(city.owner, Fixtures.PASSWORD);
        browser.open("/findings/" + id + "?lang=en");
        assertThat(browser.findAll("#withdraw-form")).as("nothing accepted yet").isEmpty();
        browser.script("document.getElementById('reason').value = 'Replacement ordered';"
                + " document.getElementById('until').value = arguments[0];",
                java.time.LocalDate.now().plusDays(30).toString());
        browser.find("#accept-form button[type=submit]").click();
        browser.waitFor(d -> browser.path().contains("accepted=true"));
        assertThat(browser.text("#finding-details")).contains("Risk accepted").contains("Replacement ordered");

        browser.find("#withdraw-form button[type=submit]").click();
        browser.waitFor(d -> browser.path().contains("withdrawn=true"));
        assertThat(browser.text("main")).contains("The acceptance is withdrawn: the finding is open again.");
        assertThat(browser.text("#finding-details")).contains("Open").doesNotContain("Replacement ordered");
        assertThat(browser.findAll("#withdraw-form")).isEmpty();
    }
}
