package io.camwarden.findings;

import static io.camwarden.findings.CheckFixtures.facts;
import static io.camwarden.findings.CheckFixtures.outcome;
import static io.camwarden.findings.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.camwarden.checks.RuleSetService;
import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Fixtures;
import io.camwarden.support.MovableClock;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Finding notices (GOV-04) end to end, with GreenMail as the real SMTP peer: a finding opens, the subscriber
 * owner gets an e-mail in its contact's language (Persian) and the ISP above it one in English, each with the
 * acknowledgement instructions; acknowledging by token and by login makes GOV-04 pass; a finding nobody could be
 * told about fails GOV-04 once the server's clock passes its notification deadline. Scope: another owner sees
 * none of it.
 */
@CamWardenTest
@Import(MovableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingNotificationApiTest {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern TOKEN = Pattern.compile("\"token\": \"([A-Za-z0-9_-]{20,})\"");

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("camwarden.smtp.host", () -> "127.0.0.1");
        r.add("camwarden.smtp.port", () -> MAIL.getSmtp().getPort());
        r.add("camwarden.smtp.from", () -> "camwarden@city.test");
        r.add("camwarden.notify.poll-seconds", () -> 1);
        r.add("camwarden.public-url", () -> "https://camwarden.city.test/");
    }

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    CheckFixtures fx;
    long isp;
    long subscriber;
    long system;

    @BeforeAll
    void registry() {
        fx = new CheckFixtures(port);
        isp = organization("Provincial ISP", "ISP", null, "Abuse desk", "abuse@isp.test", "en");
        subscriber = organization("Household", "SUBSCRIBER", isp, "Reza", "reza@home.test", "fa");
        system = fx.approvedSystem(subscriber, 1);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @AfterAll
    void stopMail() {
        MAIL.stop();
    }

    @Test
    void aNoticeIsMailedInTheContactsLanguageAndAcknowledgedThenGov04Passes() throws Exception {
        long device = cameraWithoutCq(subscriber);
        Map<String, JsonNode> first = fx.assessDevice(device);
        assertThat(outcome(first, "INV-03")).isEqualTo("FAIL");
        assertThat(outcome(first, "GOV-04")).as("findings opened by this run are not in the log yet")
                .isEqualTo("NOT_APPLICABLE");
        long finding = findingId(device, "INV-03");

        List<JsonNode> notices = awaitSent(finding, 2);
        JsonNode toOwner = byRole(notices, "OWNER");
        JsonNode toIsp = byRole(notices, "ISP");
        assertThat(toOwner.get("language").asString()).isEqualTo("FA");
        assertThat(toOwner.get("recipient").get("email").asString()).isEqualTo("reza@home.test");
        assertThat(toIsp.get("language").asString()).isEqualTo("EN");
        assertThat(toIsp.get("recipient").get("organizationId").asLong()).isEqualTo(isp);

        MimeMessage persian = mail("reza@home.test", toOwner.get("id").asLong());
        String body = (String) persian.getContent();
        assertThat(persian.getSubject()).contains("یافته").contains("INV-03");
        assertThat(body).contains("یک مشکل امنیتی در دستگاه شما یافته است").contains("لطفاً دریافت این اطلاعیه").contains("متوسط")
                .contains("POST https://camwarden.city.test/api/v1/notifications/" + toOwner.get("id").asLong()
                        + "/acknowledge");
        String english = (String) mail("abuse@isp.test", toIsp.get("id").asLong()).getContent();
        assertThat(english).contains("on a device of your subscriber Household").contains("pass this notice on")
                .contains("Please acknowledge this notice by").contains("Severity: Medium")
                .contains("Device: #" + device + " Axis P3245-LV");

        Api anonymous = Api.anonymous(port);
        String ownerAck = "/api/v1/notifications/" + toOwner.get("id").asLong() + "/acknowledge";
        assertThat(anonymous.post(ownerAck, Map.of("token", "not-the-token")).status()).isEqualTo(403);
        assertThat(anonymous.post("/api/v1/notifications/999999/acknowledge", Map.of("token", token(body))).status())
                .as("a missing notice answers like a wrong token").isEqualTo(403);
        assertThat(anonymous.post(ownerAck, Map.of()).status()).as("no token, no login").isEqualTo(403);
        assertThat(fx.admin.post(ownerAck, Map.of()).body()).as("the regulator cannot acknowledge for the owner")
                .contains("only users of the recipient organisation");
        Api.Response ack = anonymous.post(ownerAck, Map.of("token", token(body)));
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        assertThat(ack.json().get("acknowledgedBy").asString()).isEqualTo("token sent to reza@home.test");
        assertThat(anonymous.post(ownerAck, Map.of("token", token(body))).status()).as("once").isEqualTo(409);

        // every other notice of the device: the ISP's desk and the subscriber log in and acknowledge theirs
        Api ispUser = new Fixtures(port).user("ISP", isp, null);
        Api ownerUser = new Fixtures(port).user("OWNER", subscriber, null);
        for (JsonNode f : fx.admin.get("/api/v1/findings?status=OPEN&size=1000&deviceId=" + device).json().get("items")) {
            for (JsonNode n : awaitSent(f.get("id").asLong(), 2)) {
                if (n.get("acknowledgedAt").isNull()) {
                    Api as = n.get("recipient").get("role").asString().equals("ISP") ? ispUser : ownerUser;
                    Api.Response r = as.post("/api/v1/notifications/" + n.get("id").asLong() + "/acknowledge", null);
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                }
            }
        }
        Map<String, JsonNode> later = fx.assessDevice(device);
        assertThat(outcome(later, "GOV-04")).as(summary(later, "GOV-04")).isEqualTo("PASS");
        assertThat(summary(later, "GOV-04")).contains("notified and acknowledged in time");
    }

    @Test
    void aFindingNobodyWasToldAboutFailsGov04AfterItsDeadline() {
        long silent = organization("Shop without e-mail", "OWNER", null, "Shopkeeper", null, "vi");
        long device = cameraWithoutCq(silent);
        fx.assessDevice(device);
        long finding = findingId(device, "INV-03");
        JsonNode notice = fx.admin.get("/api/v1/findings/" + finding + "/notifications").json().get("items").get(0);
        assertThat(notice.get("status").asString()).isEqualTo("NOT_SENT");
        assertThat(notice.get("error").asString()).contains("no contact with an e-mail address");

        clock.advance(Duration.ofHours(1));
        Map<String, JsonNode> soon = fx.assessDevice(device);
        assertThat(outcome(soon, "GOV-04")).as(summary(soon, "GOV-04")).isEqualTo("PASS");
        assertThat(summary(soon, "GOV-04")).contains("still within its window");

        clock.advance(Duration.ofDays(8));
        Map<String, JsonNode> late = fx.assessDevice(device);
        assertThat(outcome(late, "GOV-04")).isEqualTo("FAIL");
        assertThat(late.get("GOV-04").get("severity").asString()).as("no late notice concerns a critical finding")
                .isEqualTo("MEDIUM");
        assertThat(fx.admin.get("/api/v1/findings?deviceId=" + device + "&checkId=GOV-04").json().get("items").get(0)
                .get("severity").asString()).isEqualTo("MEDIUM");
        assertThat(summary(late, "GOV-04")).contains("finding " + finding + " INV-03 (MEDIUM")
                .contains("SLA 7 days").contains("not notified by").contains("no contact with an e-mail address");

        // the shop gains an e-mail contact: the held-back notice goes out to it, late, in its language
        Api.Response put = fx.admin.put("/api/v1/organizations/" + silent, Map.of("name", Fixtures.unique("Shop"),
                "kind", "OWNER", "contacts", List.of(Map.of("name", "Shopkeeper", "email", "shop@mail.test",
                        "language", "vi"))));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonNode sent = awaitSent(finding, 1).get(0);
        assertThat(sent.get("recipient").get("email").asString()).isEqualTo("shop@mail.test");
        try {
            assertThat((String) mail("shop@mail.test", sent.get("id").asLong()).getContent())
                    .contains("Vui lòng xác nhận đã nhận thông báo này");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Map<String, JsonNode> still = fx.assessDevice(device);
        assertThat(summary(still, "GOV-04")).as("sent, but after the deadline").contains("INV-03")
                .contains("notified only at");
    }

    @Test
    void anOwnerSeesOnlyTheNoticesOfItsOwnDevices() {
        long other = organization("Other owner", "OWNER", null, "Desk", "desk@other.test", "vi");
        long device = cameraWithoutCq(subscriber);
        fx.assessDevice(device);
        long finding = findingId(device, "INV-03");
        long notice = fx.admin.get("/api/v1/findings/" + finding + "/notifications").json().get("items").get(0)
                .get("id").asLong();

        Api outsider = new Fixtures(port).user("OWNER", other, null);
        assertThat(outsider.get("/api/v1/findings/" + finding + "/notifications").status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/notifications/" + notice).status()).isEqualTo(404);
        assertThat(outsider.post("/api/v1/notifications/" + notice + "/acknowledge", null).status()).isEqualTo(404);
        JsonNode list = outsider.get("/api/v1/notifications?size=1000").json();
        assertThat(list.get("total").asLong()).isZero();

        Api owner = new Fixtures(port).user("OWNER", subscriber, null);
        List<Long> seen = new ArrayList<>();
        owner.get("/api/v1/notifications?size=1000").json().get("items").forEach(n -> seen.add(n.get("id").asLong()));
        assertThat(seen).contains(notice);
        assertThat(owner.get("/api/v1/notifications?status=LOUD").status()).isEqualTo(400);
    }

    @Test
    void theActiveRuleSetsWindowsSetTheNoticesDeadlineAndDecideGov04() throws Exception {
        int original = activeRuleSet();
        // the shipped catalogue plus the optional column, GOV-04's row giving medium findings two hours
        StringBuilder v2 = new StringBuilder();
        for (String line : new String(RuleSetService.shippedFile(), StandardCharsets.UTF_8).split("\n")) {
            v2.append(line).append(line.startsWith("check_id,") ? ",notification_windows"
                    : line.startsWith("GOV-04,") ? ",Medium 2 h" : ",").append('\n');
        }
        Api.Response adopted = fx.admin.send("POST", "/api/v1/rule-sets?fileName=windows.csv", "text/csv", v2.toString());
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        try {
            JsonNode windows = fx.admin.get("/api/v1/checks").json().get("notificationWindows");
            assertThat(windows.get("hours").get("MEDIUM").asInt()).isEqualTo(2);
            assertThat(windows.get("hours").get("CRITICAL").asInt()).as("left out: the default").isEqualTo(24);

            long device = cameraWithoutCq(subscriber);
            fx.assessDevice(device);
            long finding = findingId(device, "INV-03");
            JsonNode toIsp = byRole(awaitSent(finding, 2), "ISP");
            Instant sent = Instant.parse(toIsp.get("sentAt").asString());
            String english = (String) mail("abuse@isp.test", toIsp.get("id").asLong()).getContent();
            assertThat(english).contains("Please acknowledge this notice by " + DateTimeFormatter
                    .ofPattern("yyyy-MM-dd HH:mm XXX").format(sent.plus(Duration.ofHours(2)).atZone(ZoneId.systemDefault())));

            clock.advance(Duration.ofHours(3));
            Map<String, JsonNode> late = fx.assessDevice(device);
            assertThat(outcome(late, "GOV-04")).as(summary(late, "GOV-04")).isEqualTo("FAIL");
            assertThat(summary(late, "GOV-04")).contains("finding " + finding + " INV-03 (MEDIUM").contains("SLA 2 h")
                    .contains("not acknowledged by");
            assertThat(facts(late, "GOV-04")).contains("notification_windows=Critical 24 h; High 72 h; Medium 2 h;"
                    + " Low 7 days");
        } finally {
            fx.admin.post("/api/v1/rule-sets/" + original + "/activate", Map.of());
        }
    }

    private int activeRuleSet() {
        for (JsonNode r : fx.admin.get("/api/v1/rule-sets").json()) {
            if (r.get("active").asBoolean()) {
                return r.get("version").asInt();
            }
        }
        throw new AssertionError("no active rule set");
    }

    private long organization(String name, String kind, Long parent, String contact, String email, String lang) {
        Map<String, Object> c = new HashMap<>(Map.of("name", contact, "language", lang));
        if (email != null) {
            c.put("email", email);
        }
        Map<String, Object> body = new HashMap<>(Map.of("name", Fixtures.unique(name), "kind", kind,
                "contacts", List.of(c)));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return CheckFixtures.created(fx.admin.post("/api/v1/organizations", body));
    }

    /** A camera without its certificate of quality: INV-03 (Medium) fails. */
    private long cameraWithoutCq(long owner) {
        Map<String, Object> body = fx.goodCamera(owner, system);
        body.put("ownerOrganizationId", owner);
        body.remove("certificateQuality");
        if (owner != subscriber) {
            body.remove("informationSystemId");
        }
        return fx.device(body);
    }

    private long findingId(long device, String check) {
        return fx.admin.get("/api/v1/findings?checkId=" + check + "&deviceId=" + device).json().get("items").get(0)
                .get("id").asLong();
    }

    /** The finding's notices once all {@code expected} were sent (the worker runs in the background). */
    private List<JsonNode> awaitSent(long finding, int expected) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<JsonNode> out = new ArrayList<>();
        while (System.nanoTime() < until) {
            out.clear();
            fx.admin.get("/api/v1/findings/" + finding + "/notifications").json().get("items").forEach(out::add);
            if (out.size() == expected && out.stream().allMatch(n -> n.get("status").asString().equals("SENT"))) {
                return out;
            }
            sleep();
        }
        throw new AssertionError("notices of finding " + finding + " not sent in 20 s: " + out);
    }

    private static JsonNode byRole(List<JsonNode> notices, String role) {
        return notices.stream().filter(n -> n.get("recipient").get("role").asString().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no notice to " + role + ": " + notices));
    }

    /** The e-mail of one notice, as GreenMail received it. */
    private static MimeMessage mail(String to, long notice) throws Exception {
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                    && ((String) m.getContent()).contains("/api/v1/notifications/" + notice + "/acknowledge")) {
                return m;
            }
        }
        throw new AssertionError("no mail to " + to + " about notice " + notice);
    }

    private static String token(String body) {
        Matcher m = TOKEN.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
