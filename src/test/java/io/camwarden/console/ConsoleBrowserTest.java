package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in a real headless Chromium against the real server: login, language, the dashboard's chart
 * and map, htmx filtering, scope and read-only roles, CSRF, and the two-step import.
 */
@CamWardenTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

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
    void loggingInThroughTheFormShowsTheDashboardInVietnamese() {
        browser.login(Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.text("h1")).isEqualTo("Tổng quan");
        assertThat(browser.text("#scope")).isEqualTo("Bạn xem toàn bộ sổ đăng ký.");
        browser.waitFor(d -> (Boolean) browser.script(
                "return typeof Chart !== 'undefined' && Chart.getChart('vendor-chart') !== undefined"));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.script("return Chart.getChart('vendor-chart').data.labels");
        assertThat(labels).contains(city.vendorA, city.vendorB);
    }

    @Test
    void aWrongPasswordShowsTheGenericError() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.find("#username").sendKeys(city.owner);
        browser.find("#password").sendKeys("not-the-password");
        browser.find("form.form button[type=submit]").click();
        browser.waitFor(d -> !d.findElements(By.id("login-error")).isEmpty());
        assertThat(browser.text("#login-error")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        assertThat(browser.find("#username").getAttribute("aria-describedby")).isEqualTo("login-error");
    }

    @Test
    void persianTurnsThePageRightToLeftAndIsRemembered() {
        browser.login(city.owner, Fixtures.PASSWORD);
        browser.find("a[data-lang=fa]").click();
        browser.waitFor(d -> "rtl".equals(browser.find("html").getAttribute("dir")));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fa");
        assertThat(browser.text("h1")).isEqualTo("نمای کلی");
        assertThat(browser.find("header.top").getCssValue("direction")).isEqualTo("rtl");
        browser.open("/devices");
        assertThat(browser.find("html").getAttribute("dir")).as("the choice is remembered").isEqualTo("rtl");
        assertThat(browser.text("h1")).isEqualTo("دستگاه‌ها");
        assertThat(browser.text("#result-count")).isEqualTo("۲ دستگاه");
        browser.find("a[data-lang=en]").click();
        browser.waitFor(d -> "ltr".equals(browser.find("html").getAttribute("dir")));
        assertThat(browser.text("h1")).isEqualTo("Devices");
    }

    @Test
    void filteringTheDeviceListUpdatesTheResultsInPlaceAndTheAddressForBookmarks() {
        browser.login(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.open("/devices");
        browser.script("window.stillTheSamePage = true");
        browser.find("#f-vendor").sendKeys(city.vendorA, Keys.ENTER);
        browser.waitForText("#result-count", "2 thiết bị");
        assertThat(serials()).containsExactlyInAnyOrder("A1-" + city.token, "A2-" + city.token);
        assertThat(browser.path()).as("a clean address to bookmark").isEqualTo("/devices?vendor=" + city.vendorA
                + "&size=50");
        assertThat(browser.script("return window.stillTheSamePage")).as("htmx swapped the results only")
                .isEqualTo(true);

        browser.find("#device-table th a[href*='sort=serial']").click();
        browser.waitFor(d -> browser.path().contains("sort=serial"));
        browser.find("#device-table th a[href*='sort=serial']").click();
        browser.waitFor(d -> browser.path().contains("sort=serial%2Cdesc") || browser.path().contains("sort=serial,desc"));
        browser.waitFor(d -> serials().equals(List.of("A2-" + city.token, "A1-" + city.token)));

        browser.find("#f-ip").sendKeys("10.61.0.1", Keys.ENTER);
        browser.waitForText("#result-count", "1 thiết bị");
        assertThat(serials()).containsExactly("A1-" + city.token);

        String bookmark = browser.path();
        browser.open("/");
        browser.open(bookmark);
        assertThat(serials()).containsExactly("A1-" + city.token);
        assertThat(browser.find("#f-vendor").getAttribute("value")).isEqualTo(city.vendorA);
        assertThat(browser.find("#f-ip").getAttribute("value")).isEqualTo("10.61.0.1");

        browser.open("/devices");
        new Select(browser.find("#f-kind")).selectByValue("NVR");
        browser.waitFor(d -> browser.path().contains("kind=NVR"));
        assertThat(serials()).doesNotContain("A1-" + city.token, "A2-" + city.token, "B1-" + city.token);
    }

    @Test
    void anOwnerSeesOnlyItsOwnDevices() {
        browser.login(city.owner, Fixtures.PASSWORD);
        assertThat(browser.text("#scope")).contains(city.ownerAName);
        assertThat(browser.text(".card.total .count")).isEqualTo("2");
        browser.open("/devices");
        assertThat(serials()).containsExactlyInAnyOrder("A1-" + city.token, "A2-" + city.token);
        browser.open("/devices/" + city.deviceB1);
        assertThat(browser.text("#error-panel h1")).isEqualTo("Không tìm thấy");
    }

    @Test
    void policeSeeNoWriteButtonsAndAreRefusedWhenTheyPostAnyway() {
        browser.login(city.police, Fixtures.PASSWORD);
        assertThat(browser.findAll("a[href='/import']")).isEmpty();
        browser.open("/devices");
        assertThat(serials()).containsExactlyInAnyOrder("A1-" + city.token, "A2-" + city.token);
        assertThat(browser.findAll("#new-device")).isEmpty();
        browser.open("/devices/" + city.deviceA1);
        assertThat(browser.findAll("#edit-device")).isEmpty();
        assertThat(browser.findAll("#delete-device")).isEmpty();
        assertThat(post("/devices/" + city.deviceA1 + "/delete", true)).as("with a valid CSRF token").isEqualTo(403);
        assertThat(Api.admin(port).get("/api/v1/devices/" + city.deviceA1).status()).isEqualTo(200);
    }

    @Test
    void theOrganizationTreeOpensOneLevelWhenAsked() {
        browser.login(city.owner, Fixtures.PASSWORD);
        browser.open("/organizations");
        String top = "#org-tree li[data-id='" + city.ownerA + "']";
        assertThat(browser.findAll("li[data-id='" + city.branchA + "']")).as("not loaded before opening").isEmpty();
        browser.find(top + " > details > summary > span").click();
        browser.waitFor(d -> !d.findElements(By.cssSelector(top + " li[data-id='" + city.branchA + "']")).isEmpty());
        assertThat(browser.text(top + " li[data-id='" + city.branchA + "'] a")).isEqualTo(city.branchAName);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        browser.login(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.open("/devices/" + city.deviceB1);
        assertThat(post("/devices/" + city.deviceB1 + "/delete", false)).isEqualTo(403);
        assertThat(Api.admin(port).get("/api/v1/devices/" + city.deviceB1).status()).isEqualTo(200);
    }

    @Test
    void aCsvFileIsCheckedFirstAndImportedOnlyOnConfirmation() throws IOException {
        String vendor = "Imported-" + city.token;
        Path csv = Files.createTempFile("devices-", ".csv");
        Files.writeString(csv, String.join("\n",
                "serial,mac,ip,kind,vendor,model,firmware,owner,site,information_system,installed_on,end_of_support,"
                        + "certificate_origin,certificate_quality,qcvn135",
                "IMP1-" + city.token + ",,10.63.0.1,CAMERA," + vendor + ",X1,,#" + city.ownerB + ",#" + city.siteB
                        + ",,2024-01-01,,,,",
                "IMP2-" + city.token + ",,10.63.0.2,NVR," + vendor + ",X2,,#" + city.ownerB + ",#" + city.siteB + ",,,,,,",
                "IMP3-" + city.token + ",zz:zz,10.63.0.3,CAMERA," + vendor + ",X3,,#" + city.ownerB + ",,,,,,,"),
                StandardCharsets.UTF_8);
        try {
            browser.login(Api.ADMIN, Api.ADMIN_PASSWORD);
            browser.open("/import");
            browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
            browser.find("#dry-run").click();
            browser.waitFor(d -> !d.findElements(By.id("count-created")).isEmpty());
            assertThat(browser.text("#count-created")).isEqualTo("2");
            assertThat(browser.text("#count-rejected")).isEqualTo("1");
            WebElement rejected = browser.find("#rejected tbody tr");
            assertThat(rejected.findElements(By.tagName("td")).get(0).getText()).isEqualTo("3");
            assertThat(rejected.getText()).contains("mac");
            assertThat(Api.admin(port).get("/api/v1/devices/count?vendor=" + vendor).json().get("count").asLong())
                    .as("a dry run writes nothing").isZero();

            browser.find("#confirm-import").click();
            browser.waitForText("h1", "Nhập xong");
            assertThat(browser.text("#count-created")).isEqualTo("2");
            assertThat(Api.admin(port).get("/api/v1/devices/count?vendor=" + vendor).json().get("count").asLong())
                    .isEqualTo(2);
            browser.find("#see-devices").click();
            browser.waitFor(d -> serials().contains("IMP1-" + city.token));
            assertThat(serials()).contains("IMP2-" + city.token).doesNotContain("IMP3-" + city.token);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void theMapDrawsTheSitesWithoutAnyRequestLeavingLoopback() {
        browser.login(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.requestedUrls(); // forget the login's requests
        browser.open("/");
        browser.waitFor(d -> browser.find("#site-map").getAttribute("data-ready") != null);
        int markers = Integer.parseInt(browser.find("#site-map").getAttribute("data-ready"));
        assertThat(markers).isGreaterThanOrEqualTo(2);
        assertThat(browser.find("#map-no-tiles").isDisplayed()).isTrue();
        assertThat(browser.text(".map-note")).isEqualTo("Nền trơn: chưa cấu hình máy chủ bản đồ");
        assertThat(browser.findAll(".leaflet-tile")).as("no tile layer").isEmpty();
        List<String> urls = browser.requestedUrls();
        assertThat(urls).anyMatch(u -> u.contains("/webjars/leaflet/")).anyMatch(u -> u.contains("/webjars/chart.js/"));
        String loopback = "http://127.0.0.1:" + port + "/";
        assertThat(urls).allMatch(u -> u.startsWith(loopback) || u.startsWith("data:") || u.startsWith("blob:"),
                "stays on " + loopback);
    }

    private List<String> serials() {
        return browser.findAll("#device-table tbody tr td:nth-child(6)").stream().map(WebElement::getText).toList();
    }

    /** A form post from the page's own script, with or without the page's CSRF token; returns the status. */
    private long post(String path, boolean withToken) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name=_csrf]').value;
                fetch(arguments[0], {method: 'POST', redirect: 'manual',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: arguments[1] ? '_csrf=' + encodeURIComponent(token) : ''})
                  .then(r => done(r.status), e => done(-1));""", path, withToken);
        return (Long) status;
    }
}
