package io.camwarden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.lab.AnyPathRtspDevice;
import io.camwarden.lab.HikvisionSdkPort;
import io.camwarden.lab.LabDevices;
import io.camwarden.lab.Lighttpd;
import io.camwarden.lab.Peers;
import io.camwarden.lab.SsdpResponder;
import io.camwarden.lab.TestCertificates;
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
 * Every network check of `camwarden audit` FAILs on a lab device set up to fail it and PASSes on one set up to
 * pass it, through the command line, in one audit of all of them. The devices are the lab's real software
 * (GStreamer, lighttpd with openssl-made certificates, the ONVIF mockup, the CXF device, telnetd); where the lab
 * has no peer for a check (UPnP, a vendor control port, an RTSP daemon that answers every path) a small device
 * of this project's test sources plays it ({@link SsdpResponder}, {@link HikvisionSdkPort},
 * {@link AnyPathRtspDevice}). The credential checks have their own test (CredentialAuditLabTest).
 */
@Tag("lab")
class AuditLabTest {

    private static final String NET = "127.0.9.";
    // set up to fail
    private static final String OPEN_RTSP = NET + "11";
    private static final String ANY_PATH_RTSP = NET + "12";
    private static final String BASIC_HTTP = NET + "13";
    private static final String MOCK = NET + "14";
    private static final String TELNET_UPNP = NET + "15";
    private static final String HIK_SDK = NET + "16";
    private static final String EXPIRED_TLS = NET + "17";
    private static final String WEAK_KEY_TLS = NET + "18";
    private static final String VENDOR_CERT_TLS = NET + "19";
    private static final String OPEN_SNAPSHOT = NET + "20";
    // set up to pass
    private static final String DIGEST_RTSP = NET + "21";
    private static final String DIGEST_HTTP = NET + "22";
    private static final String HTTPS_ONLY = NET + "23";
    private static final String CXF = NET + "24";
    private static final String SELF_SIGNED_TLS = NET + "25";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Peers peers = new Peers();
    private static final List<Integer> ports = new ArrayList<>();
    /** ip → check → its result line. */
    private static final Map<String, Map<String, JsonNode>> results = new HashMap<>();
    private static Cli audit;
    private static SsdpResponder ssdp;
    private static HikvisionSdkPort sdk;
    private static AnyPathRtspDevice anyPath;
    private static int basicHttpPort;
    private static int telnet;

    @BeforeAll
    static void startLabAndAudit(@TempDir Path dir) throws Exception {
        LabDevices lab = new LabDevices(peers);
        TestCertificates certs = new TestCertificates();
        ports.add(lab.rtsp(OPEN_RTSP, "none", "/stream1", "12345").port());
        anyPath = peers.add(new AnyPathRtspDevice(ANY_PATH_RTSP));
        ports.add(anyPath.endpoint().port());
        basicHttpPort = lab.web(Lighttpd.Config.camera(BASIC_HTTP, "basic")).http.port();
        ports.add(basicHttpPort);
        ports.add(lab.onvifMock(MOCK).endpoint().port());
        telnet = lab.telnet(TELNET_UPNP).port();
        ports.add(telnet);
        ssdp = peers.add(new SsdpResponder(TELNET_UPNP, telnet));
        sdk = peers.add(new HikvisionSdkPort(HIK_SDK));
        ports.add(sdk.endpoint().port());
        ports.add(lab.web(Lighttpd.Config.camera(EXPIRED_TLS, "none").tlsOnly(
                certs.expired("expired", "CN=IPCAM-0017, O=Example Cameras", 10))).https.port());
        ports.add(lab.web(Lighttpd.Config.camera(WEAK_KEY_TLS, "none").tlsOnly(
                certs.selfSigned("weak", "/O=Example Cameras/CN=IPCAM-0018", 1024))).https.port());
        ports.add(lab.web(Lighttpd.Config.camera(VENDOR_CERT_TLS, "none").tlsOnly(certs.selfSigned("hikvision",
                "/C=CN/ST=ZheJiang/L=HangZhou/O=HIKVISION/OU=DVRNVR/CN=www.hikvision.com", 2048))).https.port());

        // an open web interface that serves a camera image (a real JPEG, made by ffmpeg) at a common snapshot URL
        Lighttpd snapshot = lab.web(Lighttpd.Config.camera(OPEN_SNAPSHOT, "none"));
        Path jpg = Files.createDirectories(snapshot.dir.resolve("www/jpg")).resolve("image.jpg");
        LabProcess.Result made = LabProcess.run(List.of("ffmpeg", "-v", "error", "-f", "lavfi", "-i",
                "testsrc=size=320x240", "-frames:v", "1", "-y", jpg.toString()), Duration.ofSeconds(60));
        assertThat(made.exit()).as(made.output()).isZero();
        ports.add(snapshot.http.port());

        ports.add(lab.rtsp(DIGEST_RTSP, "digest", "/stream1", "12345").port());
        ports.add(lab.web(Lighttpd.Config.camera(DIGEST_HTTP, "digest")).http.port());
        Lighttpd https = lab.web(Lighttpd.Config.camera(HTTPS_ONLY, "basic")
                .httpsWithRedirect(certs.issuedByOwnerCa("owner", "/O=City Video Owner/CN=" + HTTPS_ONLY)));
        ports.add(https.http.port());
        ports.add(https.https.port());
        ports.add(lab.secureOnvif(CXF).getPort());
        ports.add(lab.web(Lighttpd.Config.camera(SELF_SIGNED_TLS, "none").tlsOnly(
                certs.selfSigned("unique", "/O=Example Cameras/CN=IPCAM-0025", 2048))).https.port());

        Path out = dir.resolve("audit.jsonl");
        // Unicast WS-Discovery is left out: the mockup's responder binds udp/3702 on every address and would answer
        // for every loopback host. The credential audit is CredentialAuditLabTest's.
        audit = Cli.run("audit", NET + "11-25", "--ports", String.join(",", new TreeSet<>(ports).stream()
                .map(String::valueOf).toList()), "--no-ws-discovery", "--no-credential-audit", "--out", out.toString());
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
        Map<String, JsonNode> host = results.get(ip);
        assertThat(host).as("%s audited: %s", ip, audit.err()).isNotNull();
        assertThat(host).as("%s has a %s result", ip, check).containsKey(check);
        return host.get(check);
    }

    private static String outcome(String ip, String check) {
        return result(ip, check).get("result").asString();
    }

    private static List<String> facts(String ip, String check) {
        List<String> out = new ArrayList<>();
        result(ip, check).get("evidence").forEach(f -> out.add(f.get("name").asString() + "=" + f.get("value").asString()));
        return out;
    }

    private static LabProcess.Result ffprobe(String url) throws Exception {
        return LabProcess.run(List.of("ffprobe", "-v", "error", "-rtsp_transport", "tcp", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name", "-of", "default=noprint_wrappers=1:nokey=1", url),
                Duration.ofSeconds(30));
    }

    @Test
    void theAuditRanAndSaysItFoundProblems() {
        assertThat(audit.exit()).as(audit.toString()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
        assertThat(results.keySet()).hasSize(15);
    }

    @Test
    void auth03OpenVideoFailsProtectedPassesAndAServerAnsweringEveryPathIsNotTakenForOpenVideo() throws Exception {
        assertThat(outcome(OPEN_RTSP, "AUTH-03")).isEqualTo("FAIL");
        String url = facts(OPEN_RTSP, "AUTH-03").stream().filter(f -> f.startsWith("rtsp.open_stream="))
                .map(f -> f.substring("rtsp.open_stream=".length())).findFirst().orElseThrow();
        LabProcess.Result played = ffprobe(url); // the reference plays it with no credentials at all
        assertThat(played.exit()).as(played.output()).isZero();
        assertThat(played.output().strip()).isEqualTo("h264");

        assertThat(outcome(DIGEST_RTSP, "AUTH-03")).isEqualTo("PASS");
        assertThat(facts(DIGEST_RTSP, "AUTH-03")).anyMatch(f -> f.startsWith("rtsp.protected_stream=/stream1 asks for [Digest]"));

        // 200 and an SDP for any path, nothing behind it: not a FAIL, and ffprobe agrees nothing plays
        assertThat(outcome(ANY_PATH_RTSP, "AUTH-03")).isEqualTo("NOT_TESTED");
        assertThat(facts(ANY_PATH_RTSP, "AUTH-03")).anyMatch(f -> f.startsWith("rtsp.answers_any_path="));
        assertThat(anyPath.requestLines()).anyMatch(l -> l.matches("DESCRIBE rtsp://\\S+/camwarden-[0-9a-f]{16} RTSP/1.0"));
        assertThat(ffprobe("rtsp://" + anyPath.endpoint().authority() + "/stream1").exit()).isNotZero();

        // a snapshot URL that returns an image without credentials fails too; behind Digest it passes
        assertThat(outcome(OPEN_SNAPSHOT, "AUTH-03")).isEqualTo("FAIL");
        assertThat(facts(OPEN_SNAPSHOT, "AUTH-03")).anyMatch(f -> f.matches("http\\.open_snapshot=http://"
                + OPEN_SNAPSHOT.replace(".", "\\.") + ":\\d+/jpg/image\\.jpg(\\?.*)?"));
        assertThat(outcome(DIGEST_HTTP, "AUTH-03")).isEqualTo("PASS");
    }

    @Test
    void auth04OnvifWithoutAuthenticationFailsTheCxfDevicePasses() {
        assertThat(outcome(MOCK, "AUTH-04")).isEqualTo("FAIL");
        // the mockup also hands out its stream address to anyone: open video by AUTH-03's ONVIF test
        assertThat(outcome(MOCK, "AUTH-03")).isEqualTo("FAIL");
        assertThat(facts(MOCK, "AUTH-03")).contains("onvif.GetStreamUri=ANSWERED");
        assertThat(facts(MOCK, "AUTH-04")).contains("onvif.GetDeviceInformation=ANSWERED");
        assertThat(outcome(CXF, "AUTH-04")).isEqualTo("PASS");
        assertThat(facts(CXF, "AUTH-04")).contains("onvif.GetDeviceInformation=FAULT");
    }

    @Test
    void auth09BasicOverPlainHttpFailsDigestAndBasicInsideTlsPass() {
        assertThat(outcome(BASIC_HTTP, "AUTH-09")).isEqualTo("FAIL");
        assertThat(result(BASIC_HTTP, "AUTH-09").get("port").asInt()).isEqualTo(basicHttpPort);
        // the catalogue passes Digest (no password on the wire) and Basic only inside TLS
        assertThat(outcome(DIGEST_HTTP, "AUTH-09")).isEqualTo("PASS");
        assertThat(outcome(DIGEST_RTSP, "AUTH-09")).isEqualTo("PASS");
        assertThat(outcome(HTTPS_ONLY, "AUTH-09")).isEqualTo("PASS");
    }

    @Test
    void net04TelnetOpenFailsAbsentPasses() {
        assertThat(outcome(TELNET_UPNP, "NET-04")).isEqualTo("FAIL");
        assertThat(facts(TELNET_UPNP, "NET-04")).contains("service=telnet on port " + telnet);
        assertThat(result(TELNET_UPNP, "NET-04").get("evidence").get(0).get("source").asString())
                .isEqualTo("banner: IPCAM-TEST login: ");
        assertThat(outcome(DIGEST_RTSP, "NET-04")).isEqualTo("PASS");
        assertThat(outcome(DIGEST_HTTP, "NET-04")).isEqualTo("PASS");
    }

    @Test
    void net05AVendorControlPortFailsEvenOffItsUsualPortAbsentPasses() {
        assertThat(outcome(HIK_SDK, "NET-05")).isEqualTo("FAIL");
        assertThat(facts(HIK_SDK, "NET-05")).contains("vendor_control=" + sdk.endpoint().port() + ": Hikvision");
        assertThat(sdk.handshakes()).isPositive();
        assertThat(outcome(DIGEST_RTSP, "NET-05")).isEqualTo("PASS");
    }

    @Test
    void net02AnSsdpAnswerFailsSilencePasses() {
        assertThat(outcome(TELNET_UPNP, "NET-02")).isEqualTo("FAIL");
        assertThat(facts(TELNET_UPNP, "NET-02")).contains("ssdp.server=" + SsdpResponder.SERVER,
                "ssdp.location=" + ssdp.location());
        assertThat(ssdp.searches()).isPositive();
        assertThat(outcome(DIGEST_RTSP, "NET-02")).isEqualTo("PASS");
    }

    @Test
    void cry01PlainHttpFailsARedirectToHttpsPasses() {
        assertThat(outcome(BASIC_HTTP, "CRY-01")).isEqualTo("FAIL");
        assertThat(outcome(DIGEST_HTTP, "CRY-01")).as("Digest is no excuse for plain HTTP").isEqualTo("FAIL");
        assertThat(outcome(HTTPS_ONLY, "CRY-01")).isEqualTo("PASS");
        assertThat(facts(HTTPS_ONLY, "CRY-01")).anyMatch(f -> f.matches("web=http port \\d+: 30[12] → https://"
                + HTTPS_ONLY.replace(".", "\\.") + ":\\d+/"));
        assertThat(outcome(SELF_SIGNED_TLS, "CRY-01")).isEqualTo("PASS");
    }

    @Test
    void cry02ExpiredOrWeakKeyFailsAGoodCertificatePasses() {
        assertThat(outcome(EXPIRED_TLS, "CRY-02")).isEqualTo("FAIL");
        assertThat(result(EXPIRED_TLS, "CRY-02").get("summary").asString()).contains("expired");
        assertThat(outcome(WEAK_KEY_TLS, "CRY-02")).isEqualTo("FAIL");
        assertThat(facts(WEAK_KEY_TLS, "CRY-02")).contains("tls.key=RSA 1024");
        assertThat(outcome(HTTPS_ONLY, "CRY-02")).isEqualTo("PASS");
        assertThat(facts(HTTPS_ONLY, "CRY-02")).contains("tls.key=RSA 2048");
        // self-signed alone is not weak TLS: in date and 2048 bits
        assertThat(outcome(SELF_SIGNED_TLS, "CRY-02")).isEqualTo("PASS");
        assertThat(outcome(DIGEST_HTTP, "CRY-02")).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void cry03AVendorDefaultCertificateFailsAUniqueOnePasses() {
        assertThat(outcome(VENDOR_CERT_TLS, "CRY-03")).isEqualTo("FAIL");
        assertThat(facts(VENDOR_CERT_TLS, "CRY-03"))
                .contains("tls.subject=CN=www.hikvision.com,OU=DVRNVR,O=HIKVISION,L=HangZhou,ST=ZheJiang,C=CN");
        // the catalogue's criterion: a unique per-device certificate, or one issued by the owner's PKI
        assertThat(outcome(HTTPS_ONLY, "CRY-03")).isEqualTo("PASS");
        assertThat(facts(HTTPS_ONLY, "CRY-03")).contains("tls.self_signed=false");
        assertThat(outcome(SELF_SIGNED_TLS, "CRY-03")).isEqualTo("PASS");
        assertThat(facts(SELF_SIGNED_TLS, "CRY-03")).contains("tls.self_signed=true");
    }

    @Test
    void cfg01TheMockupsCannedClockFailsTheCxfDevicesPasses() {
        // the mockup answers GetSystemDateAndTime with a fixed 2014 date, the CXF device with its real clock
        assertThat(outcome(MOCK, "CFG-01")).isEqualTo("FAIL");
        assertThat(outcome(CXF, "CFG-01")).isEqualTo("PASS");
        assertThat(facts(CXF, "CFG-01")).singleElement().satisfies(f -> {
            long skew = Long.parseLong(f.substring(f.indexOf('=') + 1));
            assertThat(Math.abs(skew)).isLessThan(5);
        });
    }
}
