package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.vuln.device.FileDataConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The device page shows the device's vulnerabilities, highest priority first, in the reader's language. */
@CamWardenTest
@Import(FileDataConfig.class)
class ConsoleVulnerabilitiesTest {

    @LocalServerPort
    int port;

    @Test
    void theDevicePageListsItsVulnerabilities() throws InterruptedException {
        Api admin = Api.admin(port);
        long owner = new Fixtures(port).organization(Fixtures.unique("Console vuln owner"), "OWNER", null);
        long device = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("CV").replace(' ', '-'), "vendor", "Dahua", "model", "TPC-BF1241",
                "firmware", "2.630.0000000.5.R")).id();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (admin.get("/api/v1/devices/" + device + "/vulnerabilities?result=AFFECTED").json().get("total").asInt() == 0) {
            assertThat(Instant.now()).as("device matched in time").isBefore(deadline);
            Thread.sleep(100);
        }
        ConsoleClient c = ConsoleClient.loggedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        String page = c.get("/devices/" + device).body();
        assertThat(page).contains("id=\"vulnerabilities\"").contains("CVE-2021-33044").contains("Bị ảnh hưởng")
                .contains("Đang bị khai thác, hạn xử lý");
        // highest priority first: the AFFECTED KEV CVE is the first row
        int table = page.indexOf("id=\"vulnerabilities\"");
        assertThat(page.indexOf("data-result=", table)).isEqualTo(page.indexOf("data-result=\"AFFECTED\"", table));

        // the CVE links to its own page: the record, KEV, and the device with its answer and reason
        assertThat(page).contains("href=\"/vulnerabilities/CVE-2021-33044\"");
        String cve = c.get("/vulnerabilities/CVE-2021-33044?lang=en").body();
        assertThat(cve).contains("id=\"cve-details\"").contains("Known exploited").contains("id=\"cve-devices\"")
                .contains("data-id=\"" + device + "\"").contains("data-result=\"AFFECTED\"")
                .contains("TPC-BF1241");
        assertThat(c.get("/vulnerabilities/CVE-2021-33044?result=NOT_AFFECTED&lang=en").body())
                .doesNotContain("data-id=\"" + device + "\"");
        assertThat(c.get("/vulnerabilities/not-a-cve?lang=en").status()).isEqualTo(400);

        // the fleet list: the CVE with its count of affected devices, filtered in SQL like the API
        String fleet = c.get("/vulnerabilities?q=2021-33044&lang=en").body();
        assertThat(fleet).contains("id=\"fleet-vulnerabilities\"").contains("data-cve=\"CVE-2021-33044\"")
                .contains("id=\"data-age\"");
        assertThat(c.get("/vulnerabilities?q=2021-33044&kev=false").body())
                .doesNotContain("data-cve=\"CVE-2021-33044\"");
        assertThat(c.get("/vulnerabilities?q=2021-33044&kev=true&minCvss=9,5").body())
                .contains("data-cve=\"CVE-2021-33044\"").contains("value=\"9,5\"");
        assertThat(c.get("/vulnerabilities?minCvss=high&lang=en").body()).contains("id=\"filter-errors\"")
                .contains("minCvss: &#39;high&#39; is not a number");

        // the dashboard counts the known exploited CVEs that affect a device, linked to that list
        long exploited = admin.get("/api/v1/vulnerabilities?result=AFFECTED&kev=true&size=1").json().get("total")
                .asLong();
        assertThat(exploited).isPositive();
        assertThat(c.get("/?lang=en").body()).containsPattern("id=\"exploited-count\">\\s*<strong>" + exploited
                + "</strong>");

        long bare = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("CV").replace(' ', '-'))).id();
        assertThat(c.get("/devices/" + bare + "?lang=vi").body()).contains("Chưa có lỗ hổng nào").doesNotContain("id=\"vulnerabilities\"");
    }
}
