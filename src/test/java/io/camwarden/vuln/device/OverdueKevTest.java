package io.camwarden.vuln.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.vuln.KevEntry;
import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.support.MovableClock;
import io.camwarden.vuln.store.VulnerabilityDataChanged;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A stored priority does not go stale when a KEV due date passes: once a day the worker re-scores the devices
 * whose KEV due date passed since they were matched (+5, "overdue"), with nothing else changing.
 */
@CamWardenTest
@Import({FileDataConfig.class, MovableClock.Config.class})
@TestPropertySource(properties = "camwarden.vuln.rematch.poll-seconds=1")
class OverdueKevTest {

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    @Autowired
    FileVulnerabilityData data;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aKevDueDateThatPassesRaisesThePriority() {
        Api admin = Api.admin(port);
        long owner = new Fixtures(port).organization(Fixtures.unique("Overdue owner"), "OWNER", null);
        long device = admin.post("/api/v1/devices", Map.of("ownerOrganizationId", owner, "serial",
                Fixtures.unique("OD").replace(' ', '-'), "vendor", "Hikvision", "model", "DS-2CD2432F-IW",
                "firmware", "V5.4.0 build 160401")).id();
        entry(admin, device, e -> e.get("result").asString().equals("AFFECTED"));

        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        tx.executeWithoutResult(s -> {
            data.putKev(new KevEntry("CVE-2017-14953", "Hikvision", "IP cameras", "test", LocalDate.now(ZoneOffset.UTC),
                    tomorrow, "apply updates", false, null));
            events.publishEvent(new VulnerabilityDataChanged(11, Set.of(), Set.of("CVE-2017-14953")));
        });
        JsonNode due = entry(admin, device, e -> !e.get("kev").isNull());
        assertThat(due.get("kev").get("overdue").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(2));
        JsonNode overdue = entry(admin, device, e -> e.get("kev").get("overdue").asBoolean()
                && Instant.parse(e.get("matchedAt").asString()).isAfter(Instant.parse(due.get("matchedAt").asString())));
        assertThat(overdue.get("priority").asInt()).isEqualTo(due.get("priority").asInt() + 5);
        assertThat(overdue.get("result").asString()).isEqualTo("AFFECTED");
    }

    private static JsonNode entry(Api admin, long device, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode e : admin.get("/api/v1/devices/" + device + "/vulnerabilities?size=1000").json().get("items")) {
                if (e.get("cve").asString().equals("CVE-2017-14953")) {
                    last = e;
                    if (until.test(e)) {
                        return e;
                    }
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException x) {
                throw new AssertionError(x);
            }
        }
        throw new AssertionError("CVE-2017-14953 never as expected; last: " + last);
    }
}
