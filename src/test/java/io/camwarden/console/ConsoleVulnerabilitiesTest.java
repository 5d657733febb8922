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

        long bare = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("CV").replace(' ', '-'))).id();
        assertThat(c.get("/devices/" + bare).body()).contains("Chưa có lỗ hổng nào").doesNotContain("id=\"vulnerabilities\"");
    }
}
