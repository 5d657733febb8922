package io.camwarden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.checks.network.LiveProbe;
import io.camwarden.lab.CountingProxy;
import io.camwarden.lab.LabDevices;
import io.camwarden.lab.Peers;
import io.camwarden.lab.TestCertificates;
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
 * CRY-04 through `camwarden audit`, on GStreamer's RTSP server four ways: plain RTP in the clear (fails: the
 * audit has no registry, so the level is unknown and decided as level 3), SRTP media (RTP/SAVP, passes), RTSP
 * inside TLS on port 322 (passes), and a Digest-protected clear stream, whose profile only shows with the
 * owner's credentials (--credentials: fails; without them the stream is not tested). The RTSPS device sits behind
 * a counting proxy, so what the audit cost it is counted on the device's side.
 */
@Tag("lab")
class VideoEncryptionLabTest {

    private static final String NET = "127.0.10.";
    private static final String CLEAR = NET + "11";
    private static final String SRTP = NET + "12";
    private static final String RTSPS = NET + "13";
    private static final String DIGEST = NET + "14";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Peers peers = new Peers();
    private static final Map<String, Map<String, JsonNode>> results = new HashMap<>();
    private static Cli audit;
    private static CountingProxy rtspsFront;
    private static int scanConnections;

    @BeforeAll
    static void startLabAndAudit(@TempDir Path dir) throws Exception {
        LabDevices lab = new LabDevices(peers);
        List<Integer> ports = new ArrayList<>();
        ports.add(lab.rtsp(CLEAR, "none", "/stream1", "12345").port());
        Endpoint srtp = lab.secureRtsp(SRTP, LabProcess.freePort(SRTP), true, null, null);
        ports.add(srtp.port());
        Path pem = new TestCertificates().selfSigned("rtsps", "/O=Example Cameras/CN=IPCAM-RTSPS", 2048);
        Endpoint tls = lab.secureRtsp("127.0.0.1", LabProcess.freePort("127.0.0.1"), false, pem, "12345");
        rtspsFront = lab.proxy(RTSPS, tls);
        CountingProxy onRegisteredPort = peers.add(CountingProxy.startOn(RTSPS, 322, "127.0.0.1", tls.port()));
        rtspsFront.close(); // only the registered port is scanned: the audit has to find RTSPS where devices put it
        rtspsFront = onRegisteredPort;
        ports.add(322);
        ports.add(lab.rtsp(DIGEST, "digest", "/stream1", "12345").port());

        // what the scan alone costs the RTSPS device, so the audit's own share can be told from the device's count
        Cli scan = Cli.run("scan", RTSPS, "--ports", "322", "--no-ws-discovery");
        assertThat(scan.exit()).as(scan.toString()).isZero();
        scanConnections = rtspsFront.connections();

        Path credentials = Files.writeString(dir.resolve("owner.credentials"), DIGEST + " admin:12345\n");
        Path out = dir.resolve("audit.jsonl");
        audit = Cli.run("audit", NET + "11-14", "--ports", String.join(",", new TreeSet<>(ports).stream()
                        .map(String::valueOf).toList()), "--no-ws-discovery", "--no-credential-audit",
                "--credentials", credentials.toString(), "--out", out.toString());
        for (String line : Files.readAllLines(out)) {
            JsonNode r = JSON.readTree(line);
            results.computeIfAbsent(r.get("ip").asString(), k -> new HashMap<>()).put(r.get("check").asString(), r);
        }
    }

    @AfterAll
    static void stop() {
        peers.close();
    }

    private static JsonNode result(String ip) {
        Map<String, JsonNode> host = results.get(ip);
        assertThat(host).as("%s audited: %s", ip, audit).isNotNull();
        assertThat(host).as("%s has a CRY-04 result", ip).containsKey("CRY-04");
        return host.get("CRY-04");
    }

    private static List<String> facts(String ip) {
        List<String> out = new ArrayList<>();
        result(ip).get("evidence").forEach(f -> out.add(f.get("name").asString() + "=" + f.get("value").asString()));
        return out;
    }

    @Test
    void clearRtpFailsAndTheReferencePlayerPlaysItWithoutTls() throws Exception {
        assertThat(result(CLEAR).get("result").asString()).isEqualTo("FAIL");
        assertThat(result(CLEAR).get("summary").asString()).contains("only in the clear", "level is unknown");
        assertThat(facts(CLEAR)).contains("rtsp.media_profile=RTP/AVP", "security_level=unknown");
        String url = "rtsp://" + CLEAR + ":" + result(CLEAR).get("port").asInt() + "/stream1";
        LabProcess.Result played = LabProcess.run(List.of("ffprobe", "-v", "error", "-rtsp_transport", "tcp",
                "-show_entries", "stream=codec_name", "-of", "default=noprint_wrappers=1:nokey=1", url),
                Duration.ofSeconds(30));
        assertThat(played.exit()).as(played.output()).isZero();
        assertThat(played.output().strip()).isEqualTo("h264");
    }

    @Test
    void srtpMediaPasses() {
        assertThat(result(SRTP).get("result").asString()).as(result(SRTP).toString()).isEqualTo("PASS");
        assertThat(facts(SRTP)).contains("rtsp.media_profile=RTP/SAVP");
    }

    @Test
    void rtspInsideTlsOnPort322PassesWithinAFewConnections() {
        assertThat(result(RTSPS).get("result").asString()).as(result(RTSPS).toString()).isEqualTo("PASS");
        assertThat(result(RTSPS).get("port").asInt()).isEqualTo(322);
        assertThat(facts(RTSPS)).contains("rtsps=port 322");
        // counted by the device's proxy: beyond what the scan costs (run once alone, once inside the audit), the
        // live test's budget is OPTIONS, the random path and at most 8 stream paths inside TLS
        int audit = rtspsFront.connections() - scanConnections;
        assertThat(audit - scanConnections).as("live test connections (scan alone: %d)", scanConnections)
                .isBetween(1, 2 + LiveProbe.Options.defaults().streamPaths());
        assertThat(rtspsFront.attempts()).as("no credentials are sent to find out").isEmpty();
    }

    @Test
    void aProtectedClearStreamFailsWithTheOwnersCredentials() {
        assertThat(result(DIGEST).get("result").asString()).as(result(DIGEST).toString()).isEqualTo("FAIL");
        assertThat(facts(DIGEST)).anySatisfy(f -> assertThat(f).isEqualTo("rtsp.media_profile=RTP/AVP"));
        assertThat(result(DIGEST).get("evidence").findValuesAsString("source"))
                .anyMatch(s -> s.contains("owner's credentials"));
    }
}
