package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The questionnaire in real headless Chromium: Persian right to left, an answer saved in place by htmx. */
@CamWardenTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireBrowserTest {

    @LocalServerPort
    int port;
    ConsoleCity city;
    Browser browser;

    @BeforeAll
    void start() {
        city = new ConsoleCity(port);
        browser = Browser.start(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOwnerAnswersAQuestionInPlaceInPersian() {
        browser.login(city.owner, Fixtures.PASSWORD);
        browser.open("/systems/" + city.systemA + "?lang=fa");
        browser.find("#system-questionnaire").click();
        browser.waitFor(d -> browser.path().endsWith("/questionnaire"));
        assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find("#q-AUTH-07\\.3").getCssValue("direction")).isEqualTo("rtl");
        browser.script("window.stillTheSamePage = true");
        browser.find("#answer-form-AUTH-07\\.3 input[value=yes]").click();
        browser.find("#answer-form-AUTH-07\\.3 button[type=submit]").click();
        browser.waitForText("#status-AUTH-07\\.3", "پاسخ داده شده، هنوز بازبینی نشده");
        assertThat(browser.text("#answer-AUTH-07\\.3")).contains("بله", "مطابق الزامات است");
        assertThat(browser.script("return window.stillTheSamePage === true")).as("swapped in place, no reload")
                .isEqualTo(true);
    }
}
