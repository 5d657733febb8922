package io.camwarden.checks.credential;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.lab.CountingProxy;
import io.camwarden.lab.LabDevices;
import io.camwarden.lab.Lighttpd;
import io.camwarden.lab.Peers;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.LabProcess;
import io.camwarden.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The credential audit of `camwarden audit` (default budget 6, 1 attempt per second) against the lab's real
 * devices with the factory pair admin/12345: GStreamer's RTSP server with Digest, lighttpd with Digest and the
 * CXF ONVIF device with WS-UsernameToken. Budget and pace are counted on the devices' side: each device sits
 * behind a {@link CountingProxy} (its address is the device's address for CamWarden) that counts every request
 * carrying an Authorization header or a UsernameToken; lighttpd's own access log counts too. A device that
 * locks out ({@link LockingCamera}) stops the audit, and a camera whose RTSP password was changed but whose web
 * interface kept the default is still found within the one budget.
 */
@Tag("lab")
class CredentialAuditLabTest {

    private static final String NET = "127.0.9.";
    private static final String RTSP = NET + "31";
    private static final String WEB = NET + "32";
    private static final String ONVIF = NET + "33";
    private static final String LOCKING = NET + "34";
    private static final String MIXED = NET + "35";
    private static final int BUDGET = 6;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Peers peers = new Peers();
    private static final Map<String, Map<String, JsonNode>> results = new HashMap<>();
    private static final List<Integer> ports = new ArrayList<>();
    private static CountingProxy rtsp;
    private static CountingProxy web;
    private static Lighttpd lighttpd;
    private static CountingProxy onvif;
    private static CountingProxy mixedRtsp;
    private static CountingProxy mixedWeb;
    private static LockingCamera locking;
    private static Cli audit;

    @BeforeAll
    static void startLabAndAudit(@TempDir Path dir) throws Exception {
        LabDevices lab = new LabDevices(peers);
        // each device listens on its own address; CamWarden reaches it only through the proxy on the device's address
        rtsp = lab.proxy(RTSP, lab.rtsp(NET + "131", "digest", "/stream1", "12345"));
        lighttpd = lab.web(Lighttpd.Config.camera(NET + "132", "digest").banner("Boa/0.94.14rc21"));
        web = lab.proxy(WEB, lighttpd.http);
        onvif = lab.proxy(ONVIF, lab.secureOnvif(NET + "133"));
        locking = peers.add(new LockingCamera(LOCKING, "admin", "Str0ng!Passw0rd-9", 2));
        mixedRtsp = lab.proxy(MIXED, lab.rtsp(NET + "135", "digest", "/stream1", "Changed!2024"));
        mixedWeb = lab.proxy(MIXED, lab.web(Lighttpd.Config.camera(NET + "135", "digest").banner("lighttpd")).http);
        for (CountingProxy p : List.of(rtsp, web, onvif, mixedRtsp, mixedWeb)) {
            ports.add(p.endpoint().port());
        }
        ports.add(locking.port());

        Path out = dir.resolve("audit.jsonl");
        // Only the defaults: budget 6 and 1 attempt per second per device. No WS-Discovery: nothing here speaks it.
        audit = Cli.run("audit", NET + "31-35", "--ports", String.join(",", new TreeSet<>(ports).stream()
                .map(String::valueOf).toList()), "--no-ws-discovery", "--out", out.toString());
        for (String line : Files.readAllLines(out)) {
            JsonNode r = JSON.readTree(line);
            results.computeIfAbsent(r.get("ip").asString(), k -> new HashMap<>()).put(r.get("check").asString(), r);
        }
    }

    @AfterAll
    static void stop() {
        peers.close();
    }

    private static JsonNode result(String ip, String check) {
        assertThat(results).as("%s audited: %s", ip, audit.err()).containsKey(ip);
        return results.get(ip).get(check);
    }

    private static List<String> facts(String ip, String check) {
        List<String> out = new ArrayList<>();
        result(ip, check).get("evidence").forEach(f -> out.add(f.get("name").asString() + "=" + f.get("value").asString()));
        return out;
    }

    /** Login attempts as the devices behind these proxies received them, in time order. */
    private static List<Long> attemptTimes(CountingProxy... proxies) {
        List<Long> t = new ArrayList<>();
        for (CountingProxy p : proxies) {
            p.attempts().forEach(a -> t.add(a.nanos()));
        }
        t.sort(null);
        return t;
    }

    /** Within the budget, and never faster than 1 attempt per second per device, as the device saw it. */
    private static void assertBudgetAndPace(List<Long> times) {
        assertThat(times).hasSizeBetween(1, BUDGET);
        for (int i = 1; i < times.size(); i++) {
            assertThat((times.get(i) - times.get(i - 1)) / 1_000_000).as("ms between login attempts at the device")
                    .isGreaterThanOrEqualTo(950);
        }
    }

    /** The number of attempts CamWarden reports for the device. */
    private static int reportedAttempts(String ip) {
        return Integer.parseInt(facts(ip, "AUTH-01").stream().filter(f -> f.startsWith("credential_audit.attempts="))
                .findFirst().orElseThrow().split("=")[1]);
    }

    private static void assertFoundTheFactoryPair(String ip, String protocol, int port) {
        JsonNode auth01 = result(ip, "AUTH-01");
        assertThat(auth01.get("result").asString()).as(auth01.toString()).isEqualTo("FAIL");
        assertThat(auth01.get("port").asInt()).isEqualTo(port);
        assertThat(auth01.get("summary").asString()).contains("admin / 1****", "accepted on " + protocol + " port " + port)
                .doesNotContain("12345");
        assertThat(result(ip, "AUTH-02").get("result").asString()).isEqualTo("FAIL");
        assertThat(reportedAttempts(ip)).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void findsAdmin12345OnTheDigestRtspServerWithinTheBudgetAsCountedByTheDevice() throws Exception {
        assertFoundTheFactoryPair(RTSP, "rtsp", rtsp.endpoint().port());
        assertBudgetAndPace(attemptTimes(rtsp));
        // what the device received is what CamWarden reports: one DESCRIBE with credentials per attempt
        assertThat(rtsp.attempts()).hasSize(reportedAttempts(RTSP));
        assertThat(rtsp.attempts()).allMatch(a -> a.what().startsWith("Authorization: Digest"));
        // the reference client plays the stream with the pair the audit found
        Endpoint at = rtsp.endpoint();
        LabProcess.Result played = LabProcess.run(List.of("ffprobe", "-v", "error", "-rtsp_transport", "tcp",
                "-select_streams", "v:0", "-show_entries", "stream=codec_name", "-of", "default=noprint_wrappers=1:nokey=1",
                "rtsp://admin:12345@" + at.authority() + "/stream1"), Duration.ofSeconds(30));
        assertThat(played.exit()).as(played.output()).isZero();
        assertThat(played.output().strip()).isEqualTo("h264");
    }

    @Test
    void findsAdmin12345OnTheDigestWebInterfaceWithinTheBudgetAsLighttpdLogsIt() throws Exception {
        assertFoundTheFactoryPair(WEB, "http", web.endpoint().port());
        assertBudgetAndPace(attemptTimes(web));
        assertThat(web.attempts()).hasSize(reportedAttempts(WEB));
        assertThat(web.attempts()).allMatch(a -> a.what().startsWith("Authorization: Digest"));
        // lighttpd's own log agrees: as many requests with credentials as the proxy counted, the last one let in
        List<String> withCredentials = awaitLog(lighttpd, web.attempts().size());
        assertThat(withCredentials).hasSize(web.attempts().size());
        assertThat(withCredentials.getLast()).contains("\" 200 ");
    }

    @Test
    void findsAdmin12345OnTheCxfOnvifDeviceWithinTheBudgetCountingUsernameTokens() {
        assertFoundTheFactoryPair(ONVIF, "onvif", onvif.endpoint().port());
        assertBudgetAndPace(attemptTimes(onvif));
        // one UsernameToken per attempt: no envelope-form retry sends the password twice
        assertThat(onvif.attempts()).hasSize(reportedAttempts(ONVIF));
        assertThat(onvif.attempts()).allMatch(a -> a.what().contains("UsernameToken"));
    }

    @Test
    void stopsAtTheLockOutOfALockingCamera() {
        JsonNode auth01 = result(LOCKING, "AUTH-01");
        assertThat(auth01.get("result").asString()).isEqualTo("NOT_TESTED");
        assertThat(auth01.get("summary").asString()).contains("403");
        assertThat(facts(LOCKING, "AUTH-01")).anyMatch(f -> f.startsWith("credential_audit.stop=LOCKED_OUT"));
        // two refused, one locked answer, then nothing more: counted by the camera itself
        assertThat(locking.credentialedRequests).hasSize(3);
        assertBudgetAndPace(locking.credentialedRequests);
    }

    @Test
    void aDefaultRefusedOnTheRtspServiceIsStillTriedOnTheWebInterfaceWithinOneBudgetAndPace() {
        assertFoundTheFactoryPair(MIXED, "http", mixedWeb.endpoint().port());
        // each pair once per login service, best first: admin/admin, admin/(empty), admin/12345 on each
        assertThat(mixedRtsp.attempts()).hasSize(3);
        assertThat(mixedWeb.attempts()).hasSize(3);
        assertBudgetAndPace(attemptTimes(mixedRtsp, mixedWeb));
        assertThat(reportedAttempts(MIXED)).isEqualTo(6);
    }

    @Test
    void theAuditSaysItFoundProblems() {
        assertThat(audit.exit()).as(audit.toString()).isEqualTo(1);
        assertThat(results.keySet()).containsExactlyInAnyOrder(RTSP, WEB, ONVIF, LOCKING, MIXED);
    }

    private static List<String> awaitLog(Lighttpd camera, int lines) throws Exception {
        List<String> found = List.of();
        for (int i = 0; i < 50 && found.size() < lines; i++) {
            found = camera.accessLog().stream().filter(l -> l.contains("auth=Digest")).toList();
            if (found.size() < lines) {
                Thread.sleep(100);
            }
        }
        return found;
    }
}
