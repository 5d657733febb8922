package io.camwarden.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.CamWardenTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A server without an SMTP server (the default): a finding's notice is recorded as not sent, saying why, and the
 * operator's log says so in one line. GOV-04 then fails once the deadline passes (FindingNotificationApiTest).
 */
@CamWardenTest
@ExtendWith(OutputCaptureExtension.class)
class NoticeWithoutSmtpApiTest {

    @LocalServerPort
    int port;

    @Test
    void noticesAreLoggedAsNotSent(CapturedOutput output) throws InterruptedException {
        CheckFixtures fx = new CheckFixtures(port);
        long owner = fx.organization("Ward office", "OWNER", null, "it@ward.test");
        Map<String, Object> camera = fx.goodCamera(owner, fx.approvedSystem(owner, 2));
        camera.remove("certificateQuality");
        long device = fx.device(camera);
        fx.assessDevice(device);
        long finding = fx.admin.get("/api/v1/findings?checkId=INV-03&deviceId=" + device).json().get("items").get(0)
                .get("id").asLong();

        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode notice = null;
        while (System.nanoTime() < until) {
            notice = fx.admin.get("/api/v1/findings/" + finding + "/notifications").json().get("items").get(0);
            if (!notice.get("status").asString().equals("QUEUED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(notice.get("status").asString()).as(notice.toString()).isEqualTo("NOT_SENT");
        assertThat(notice.get("error").asString()).isEqualTo("not sent: no SMTP server configured (set CAMWARDEN_SMTP_HOST)");
        assertThat(notice.get("recipient").get("email").asString()).isEqualTo("it@ward.test");
        assertThat(notice.get("language").asString()).isEqualTo("VI");
        assertThat(notice.get("sentAt").isNull()).isTrue();
        assertThat(output.getOut()).contains("not sent: no SMTP server configured (set CAMWARDEN_SMTP_HOST);"
                + " GOV-04 fails their devices once the notification deadline passes");
    }
}
