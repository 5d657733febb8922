package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.support.MovableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * NET-01 and NET-07 from imported exposure reports, over real HTTP: the CSV import (rows stored or rejected on
 * their own, duplicates left alone), FAIL for a device whose address a recent report names, PASS when reports
 * arrived and none names it, NOT_TESTED when none arrived in the window. Addresses are documentation ranges
 * (RFC 5737); nothing is scanned. Runs on a server of its own: whether any report arrived is global.
 */
@CamWardenTest
@Import(MovableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExposureReportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    CheckFixtures fx;
    long owner;
    long exposed;
    long botnet;

    @BeforeAll
    void registry() {
        fx = new CheckFixtures(port);
        owner = fx.organization("Household cameras", "OWNER", null, "family@home.example");
        long system = fx.approvedSystem(owner, 2);
        exposed = camera(system, "203.0.113.10");
        botnet = camera(system, "198.51.100.7");
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private long camera(long system, String ip) {
        Map<String, Object> body = fx.goodCamera(owner, system);
        body.put("addresses", List.of(ip));
        return fx.device(body);
    }

    private Api.Response upload(Api api, String csv) {
        return api.send("POST", "/api/v1/exposure-reports", "text/csv", csv);
    }

    @Test
    @Order(1)
    void withoutReportsNothingIsDecided() {
        Map<String, JsonNode> r = fx.assessDevice(exposed);
        assertThat(outcome(r, "NET-01")).isEqualTo("NOT_TESTED");
        assertThat(summary(r, "NET-01")).contains("No internet-exposed report arrived in the last 30 days");
        assertThat(outcome(r, "NET-07")).isEqualTo("NOT_TESTED");
    }

    @Test
    @Order(2)
    void anImportStoresGoodRowsRejectsBadOnesAndIgnoresDuplicates() {
        String yesterday = LocalDate.now().minusDays(1).toString();
        String csv = "address,port,seen_at,source,kind,detail\n"
                + "203.0.113.10,554,2026-01-01T00:00:00Z,old scan,internet-exposed,\n"
                + "203.0.113.10,554," + yesterday + "T03:00:00Z,VNPT external scan,internet-exposed,RTSP answered\n"
                + "198.51.100.7,," + yesterday + ",Provincial IDS,botnet,outbound telnet scanning to 23/tcp\n"
                + "not-an-ip,80," + yesterday + ",scan,internet-exposed,\n"
                + "203.0.113.11,70000," + yesterday + ",scan,worm,\n"
                + "203.0.113.12,80,2999-01-01,,internet-exposed,\n";
        Api.Response owners = upload(new Fixtures(port).user("OWNER", owner, null), csv);
        assertThat(owners.status()).isEqualTo(403);
        Api.Response r = upload(fx.admin, csv);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        assertThat(report.get("rejectedTotal").asInt()).isEqualTo(3);
        assertThat(report.get("rejected")).extracting(x -> x.get("row").asInt() + ": " + x.get("reason").asString())
                .containsExactly("4: address: 'not-an-ip' is not an IP address",
                        "5: port: '70000' is not a port: use 1 to 65535; kind: 'worm' is not internet-exposed or botnet",
                        "6: seen_at: is in the future; source: is required: who saw it (the ISP's scan, the feed, the IDS)");
        JsonNode again = upload(fx.admin, csv).json();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);
        assertThat(fx.admin.get("/api/v1/exposure-reports?ip=203.0.113.10").json().get("total").asInt()).isEqualTo(2);
        assertThat(upload(fx.admin, "ip,when\n1.2.3.4,now\n").body()).contains("lacks the columns address, seen_at,"
                + " source, kind");
    }

    @Test
    @Order(3)
    void aRecentReportNamingTheDevicesAddressFailsItsCheck() {
        Map<String, JsonNode> a = fx.assessDevice(exposed);
        assertThat(outcome(a, "NET-01")).isEqualTo("FAIL");
        assertThat(summary(a, "NET-01")).contains("Address 203.0.113.10 was reachable from the Internet on port 554")
                .contains("says VNPT external scan").doesNotContain("old scan");
        assertThat(outcome(a, "NET-07")).as("botnet reports arrived, none names it").isEqualTo("PASS");
        Map<String, JsonNode> b = fx.assessDevice(botnet);
        assertThat(outcome(b, "NET-07")).isEqualTo("FAIL");
        assertThat(summary(b, "NET-07")).contains("Address 198.51.100.7 sent botnet traffic", "Provincial IDS",
                "Isolate the device");
        assertThat(outcome(b, "NET-01")).isEqualTo("PASS");
        assertThat(b.get("NET-07").get("severity").asString()).isEqualTo("CRITICAL");
    }

    @Test
    @Order(4)
    void reportsOlderThanTheWindowNoLongerCount() {
        clock.advance(Duration.ofDays(32));
        Map<String, JsonNode> a = fx.assessDevice(exposed);
        assertThat(outcome(a, "NET-01")).isEqualTo("NOT_TESTED");
        assertThat(summary(a, "NET-01")).contains("No internet-exposed report arrived in the last 30 days");
    }
}
