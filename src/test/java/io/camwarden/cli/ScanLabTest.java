package io.camwarden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.lab.CountingProxy;
import io.camwarden.lab.LabDevices;
import io.camwarden.lab.Lighttpd;
import io.camwarden.lab.Peers;
import io.camwarden.lab.TestCertificates;
import io.camwarden.probe.LabProcess;
import io.camwarden.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `camwarden scan` end to end, through the command line, against a mix of the lab's real devices on loopback,
 * one address each as real cameras have: GStreamer RTSP with Digest and with Basic, lighttpd with a Hikvision
 * banner behind Digest, lighttpd over TLS, the npm ONVIF mockup, the CXF ONVIF device with WS-UsernameToken,
 * and the telnet login. What the scan reports must agree with the reference clients: nmap sees exactly the open
 * ports CamWarden reports, and ffprobe plays the RTSP URL CamWarden reports with the credentials it used.
 */
@Tag("lab")
class ScanLabTest {

    private static final String NET = "127.0.9.";
    private static final String DIGEST_RTSP = NET + "1";
    private static final String BASIC_RTSP = NET + "2";
    private static final String HIK_WEB = NET + "3";
    private static final String TLS_WEB = NET + "4";
    private static final String MOCK = NET + "5";
    private static final String CXF = NET + "6";
    private static final String TELNET = NET + "7";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Peers peers = new Peers();
    private static final Map<String, Integer> port = new TreeMap<>();
    private static Map<String, JsonNode> hosts;
    private static Cli scan;
    private static Path tlsPem;

    @BeforeAll
    static void startLabAndScan(@TempDir Path dir) throws Exception {
        LabDevices lab = new LabDevices(peers);
        port.put(DIGEST_RTSP, lab.rtsp(DIGEST_RTSP, "digest", "/stream1", "12345").port());
        port.put(BASIC_RTSP, lab.rtsp(BASIC_RTSP, "basic", "/stream1", "12345").port());
        port.put(HIK_WEB, lab.web(Lighttpd.Config.camera(HIK_WEB, "digest")).http.port());
        tlsPem = new TestCertificates().selfSigned("camera", "/O=Example Cameras/CN=IPCAM-0042", 2048);
        port.put(TLS_WEB, lab.web(Lighttpd.Config.camera(TLS_WEB, "none").title("Web Client").tlsOnly(tlsPem)).https.port());
        CountingProxy mock = lab.onvifMock(MOCK);
        port.put(MOCK, mock.endpoint().port());
        port.put(CXF, lab.secureOnvif(CXF).getPort());
        port.put(TELNET, lab.telnet(TELNET).port());

        Path credentials = Files.writeString(dir.resolve("credentials.txt"), String.join("\n",
                "# operator-supplied, for identification only",
                DIGEST_RTSP + " admin:12345", BASIC_RTSP + " admin:12345", HIK_WEB + " admin:12345",
                CXF + " admin:12345", ""));
        Path out = dir.resolve("scan.jsonl");
        // Unicast WS-Discovery is left out: the mockup's responder binds udp/3702 on every address, so it would
        // answer for every loopback host of this scan (real cameras answer for themselves only).
        scan = Cli.run("scan", NET + "1-7", "--ports", ports(), "--credentials", credentials.toString(),
                "--no-ws-discovery", "--out", out.toString());
        hosts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode host = JSON.readTree(line);
            hosts.put(host.get("ip").asString(), host);
        }
    }

    @AfterAll
    static void stop() {
        peers.close();
    }

    private static String ports() {
        return String.join(",", new TreeSet<>(port.values()).stream().map(String::valueOf).toList());
    }

    /** kind=value of every piece of evidence the host's services showed (each lab host has one port). */
    private static List<String> evidence(String ip) {
        JsonNode host = hosts.get(ip);
        assertThat(host).as("host %s in the scan output: %s", ip, scan).isNotNull();
        return StreamSupport.stream(host.get("services").spliterator(), false)
                .flatMap(s -> StreamSupport.stream(s.get("evidence").spliterator(), false))
                .map(e -> e.get("kind").asString() + "=" + e.get("value").asString()).toList();
    }

    /** The protocol of the host's first service (ONVIF comes after the HTTP it was found on). */
    private static String protocol(String ip) {
        return hosts.get(ip).get("services").get(0).get("protocol").asString();
    }

    private static JsonNode identity(String ip, String field) {
        return hosts.get(ip).get("identity").get(field);
    }

    private static LabProcess.Result ffprobe(String url) throws Exception {
        return LabProcess.run(List.of("ffprobe", "-v", "error", "-rtsp_transport", "tcp", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name", "-of", "default=noprint_wrappers=1:nokey=1", url),
                Duration.ofSeconds(30));
    }

    private static String value(String ip, String kind) {
        return evidence(ip).stream().filter(e -> e.startsWith(kind + "=")).map(e -> e.substring(kind.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for " + ip + ": " + evidence(ip)));
    }

    @Test
    void everyStartedDeviceIsReportedWithItsProtocol() {
        assertThat(scan.exit()).as(scan.toString()).isZero();
        assertThat(hosts.keySet()).containsExactlyInAnyOrderElementsOf(port.keySet());
        assertThat(protocol(DIGEST_RTSP)).isEqualTo("rtsp");
        assertThat(protocol(BASIC_RTSP)).isEqualTo("rtsp");
        assertThat(protocol(HIK_WEB)).isEqualTo("http");
        assertThat(protocol(TLS_WEB)).isEqualTo("https");
        assertThat(protocol(TELNET)).isEqualTo("telnet");
        for (String onvif : List.of(MOCK, CXF)) {
            assertThat(hosts.get(onvif).get("services")).extracting(s -> s.get("protocol").asString() + "@"
                    + s.get("port").asInt()).contains("onvif@" + port.get(onvif));
        }
    }

    @Test
    void nmapSeesExactlyTheOpenPortsCamWardenReports() throws Exception {
        LabProcess.Result nmap = LabProcess.run(List.of("nmap", "-Pn", "-n", "-sT", "-p", ports(), "-oG", "-",
                NET + "1-7"), Duration.ofSeconds(120));
        assertThat(nmap.exit()).as(nmap.output()).isZero();
        Map<String, TreeSet<Integer>> byNmap = new TreeMap<>();
        Matcher line = Pattern.compile("(?m)^Host: (\\S+) .*?Ports: (.*)$").matcher(nmap.output());
        while (line.find()) {
            TreeSet<Integer> open = new TreeSet<>();
            for (String entry : line.group(2).split(",\\s*")) {
                String[] f = entry.strip().split("/");
                if (f.length > 1 && f[1].equals("open")) {
                    open.add(Integer.parseInt(f[0]));
                }
            }
            byNmap.put(line.group(1), open);
        }
        Map<String, TreeSet<Integer>> byCamWarden = new TreeMap<>();
        hosts.forEach((ip, host) -> {
            TreeSet<Integer> open = new TreeSet<>();
            host.get("services").forEach(s -> open.add(s.get("port").asInt()));
            byCamWarden.put(ip, open);
        });
        assertThat(byCamWarden).as(nmap.output()).isEqualTo(byNmap);
        port.forEach((ip, p) -> assertThat(byNmap.get(ip)).containsExactly(p));
    }

    @Test
    void rtspEvidenceAndTheUrlFfprobePlaysWithTheCredentialsCamWardenUsed() throws Exception {
        for (String ip : List.of(DIGEST_RTSP, BASIC_RTSP)) {
            String scheme = ip.equals(DIGEST_RTSP) ? "Digest" : "Basic";
            assertThat(value(ip, "rtsp.server")).isEqualTo("GStreamer RTSP server");
            assertThat(value(ip, "rtsp.realm")).isEqualTo("GStreamer RTSP Server");
            assertThat(value(ip, "rtsp.www-authenticate")).startsWith(scheme + " realm=\"GStreamer RTSP Server\"");
            assertThat(value(ip, "rtsp.media")).isEqualTo("video H264/90000");
            String url = value(ip, "rtsp.url");
            assertThat(url).isEqualTo("rtsp://" + ip + ":" + port.get(ip) + value(ip, "rtsp.path"));
            assertThat(value(ip, "rtsp.auth-user")).isEqualTo("admin (" + scheme + ")");

            // ffprobe plays exactly that URL with the pair CamWarden used for the host, and not without it
            LabProcess.Result played = ffprobe(url.replace("rtsp://", "rtsp://admin:12345@"));
            assertThat(played.exit()).as(played.output()).isZero();
            assertThat(played.output().strip()).isEqualTo("h264");
            assertThat(ffprobe(url).exit()).as("the stream needs the credentials").isNotZero();

            JsonNode kind = identity(ip, "deviceKind");
            assertThat(kind.get("value").asString()).isEqualTo("CAMERA");
            assertThat(kind.get("confidence").asDouble()).isBetween(0.3, 0.9);
            assertThat(kind.get("source").asString()).contains("rtsp.server@" + port.get(ip));
            assertThat(hosts.get(ip).get("cpe").isNull()).as("no vendor or model, no CPE").isTrue();
        }
    }

    @Test
    void webInterfacesShowBannerRealmTitleAndCertificate() throws Exception {
        int web = port.get(HIK_WEB);
        assertThat(evidence(HIK_WEB)).contains("http.status=401", "http.server=App-webs/", "http.realm=IP Camera",
                "http.title=Network Camera"); // the title was read behind the login, with the operator's credentials
        assertThat(value(HIK_WEB, "http.www-authenticate")).startsWith("Digest realm=\"IP Camera\"");
        JsonNode vendor = identity(HIK_WEB, "vendor");
        assertThat(vendor.get("value").asString()).isEqualTo("Hikvision");
        assertThat(vendor.get("confidence").asDouble()).isEqualTo(0.85);
        assertThat(vendor.get("source").asString()).startsWith("http.server@" + web + " via camwarden");
        assertThat(identity(HIK_WEB, "deviceKind").get("value").asString()).isEqualTo("CAMERA");
        assertThat(hosts.get(HIK_WEB).get("identity").has("model")).isFalse();
        assertThat(hosts.get(HIK_WEB).get("cpe").isNull()).as("a vendor without a model names no product").isTrue();

        var served = io.camwarden.lab.TestCertificates.certificate(tlsPem);
        assertThat(evidence(TLS_WEB)).contains("http.status=200", "http.title=Web Client",
                "tls.subject=CN=IPCAM-0042,O=Example Cameras", "tls.issuer=CN=IPCAM-0042,O=Example Cameras",
                "tls.key=RSA 2048", "tls.self-signed=true",
                "tls.not-after=" + served.getNotAfter().toInstant());
        assertThat(served.getSubjectX500Principal().getName()).isEqualTo("CN=IPCAM-0042,O=Example Cameras");
    }

    @Test
    void onvifIdentityFromTheMockupAndWithOperatorCredentialsFromTheCxfDevice() throws Exception {
        int mock = port.get(MOCK);
        assertThat(evidence(MOCK)).contains("onvif.manufacturer=Mockup Manufacturer", "onvif.model=Mockup Model",
                "onvif.firmware=Mockup_15_14_13", "onvif.serial=00000000", "onvif.scope.name=PREDATOR");
        assertThat(identity(MOCK, "vendor").get("value").asString()).isEqualTo("Mockup Manufacturer");
        assertThat(identity(MOCK, "vendor").get("source").asString()).isEqualTo("onvif.manufacturer@" + mock);
        assertThat(identity(MOCK, "firmware").get("confidence").asDouble()).isEqualTo(0.95);
        assertThat(hosts.get(MOCK).get("cpe").asString())
                .isEqualTo("cpe:2.3:o:mockup_manufacturer:mockup_model_firmware:mockup_15_14_13:*:*:*:*:*:*:*");

        int cxf = port.get(CXF);
        assertThat(evidence(CXF)).contains("onvif.manufacturer=CXF Test Cameras", "onvif.model=CXF-CAM-1",
                "onvif.firmware=5.4.5 build 170124", "onvif.serial=SN0001", "onvif.hardware=HW1");
        for (String[] f : new String[][] {{"vendor", "CXF Test Cameras", "manufacturer"}, {"model", "CXF-CAM-1", "model"},
                {"firmware", "5.4.5 build 170124", "firmware"}, {"serial", "SN0001", "serial"}}) {
            JsonNode field = identity(CXF, f[0]);
            assertThat(field.get("value").asString()).isEqualTo(f[1]);
            assertThat(field.get("confidence").asDouble()).isEqualTo(0.95);
            assertThat(field.get("source").asString()).isEqualTo("onvif." + f[2] + "@" + cxf);
        }
        assertThat(hosts.get(CXF).get("cpe").asString())
                .isEqualTo("cpe:2.3:o:cxf_test_cameras:cxf-cam-1_firmware:5.4.5:*:*:*:*:*:*:*");

        // without the operator's pair the CXF device tells nothing but its clock: the credentials made the identity
        Cli anonymous = Cli.run("scan", CXF, "--ports", String.valueOf(cxf), "--no-ws-discovery");
        assertThat(anonymous.exit()).as(anonymous.toString()).isZero();
        JsonNode host = JSON.readTree(anonymous.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        assertThat(host.get("identity").has("model")).isFalse();
        assertThat(host.get("cpe").isNull()).isTrue();
    }

    @Test
    void telnetLoginBanner() {
        assertThat(evidence(TELNET)).containsExactly("telnet.banner=IPCAM-TEST login: ");
    }
}
