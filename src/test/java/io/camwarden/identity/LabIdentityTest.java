package io.camwarden.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real camera-like peers from shared/lab on loopback: lighttpd with a Hikvision Server banner, realm
 * and title behind Digest auth, and the GStreamer RTSP server. The headers and title are read off the
 * wire here (the production probes live elsewhere) and the identity is fused from exactly what the
 * real software sent.
 */
@Tag("lab")
class LabIdentityTest {

    private static final Path LAB = Path.of(System.getProperty("camwarden.shared", "../shared"), "lab");

    private final List<Process> started = new ArrayList<>();
    private Path lighttpdPid;

    @AfterEach
    void stopPeers() throws Exception {
        if (lighttpdPid != null && Files.exists(lighttpdPid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(lighttpdPid).strip())).ifPresent(ProcessHandle::destroy);
        }
        for (Process p : started) {
            p.destroy();
        }
    }

    @Test
    void hikvisionStyleWebUiAndGstreamerRtspBecomeOneCameraIdentity() throws Exception {
        int httpPort = freePort();
        int rtspPort = freePort();
        Process web = new ProcessBuilder("sh", LAB.resolve("http/camera-web.sh").toString(), String.valueOf(httpPort),
                "digest", "App-webs/", "IP Camera", "Network Camera", "admin", "12345").redirectErrorStream(true).start();
        started.add(web);
        lighttpdPid = Path.of(new String(web.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        Process rtsp = new ProcessBuilder("/usr/bin/python3", LAB.resolve("rtsp/rtsp_server.py").toString(),
                "--address", "127.0.0.1", "--port", String.valueOf(rtspPort), "--mount", "/stream1",
                "--auth", "digest", "--user", "admin", "--password", "12345").redirectErrorStream(true).start();
        started.add(rtsp);
        awaitListening(httpPort);
        awaitListening(rtspPort);

        List<Observation> observations = new ArrayList<>(httpObservations(httpPort));
        Map<String, String> options = rtspOptions(rtspPort);
        observations.add(new Observation(ObservationKinds.RTSP_SERVER, options.get("server"), rtspPort, ServiceProtocol.RTSP));
        observations.add(new Observation(ObservationKinds.RTSP_PUBLIC, options.get("public"), rtspPort, ServiceProtocol.RTSP));

        Identity identity = Identifier.bundled().identify(observations);

        assertThat(identity.vendor().value()).isEqualTo("Hikvision");
        assertThat(identity.vendor().source()).isEqualTo("http.server@" + httpPort
                + " via camwarden camera_fingerprints.csv line 8");
        assertThat(identity.deviceKind().value()).isEqualTo("CAMERA");
        // App-webs/ (0.85), and the leads: realm "IP Camera", title "Network Camera", GStreamer, RTSP (0.3 each)
        assertThat(identity.deviceKind().source())
                .contains("http.www-authenticate@" + httpPort, "http.title@" + httpPort,
                        "rtsp.server@" + rtspPort, "rtsp.public@" + rtspPort);
        assertThat(identity.deviceKind().confidence()).isGreaterThan(0.85);
        assertThat(identity.model()).isNull();
        assertThat(identity.cpe()).as("no model, no product name").isNull();
    }

    private static List<Observation> httpObservations(int port) throws IOException {
        List<Observation> out = new ArrayList<>();
        String url = "http://127.0.0.1:" + port + "/";
        try (var anonymous = HttpClients.createDefault()) {
            anonymous.execute(new HttpGet(url), response -> {
                assertThat(response.getCode()).isEqualTo(401);
                out.add(http(ObservationKinds.HTTP_SERVER, response.getFirstHeader("Server").getValue(), port));
                out.add(http(ObservationKinds.HTTP_WWW_AUTHENTICATE,
                        response.getFirstHeader("WWW-Authenticate").getValue(), port));
                return null;
            });
        }
        var credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope("127.0.0.1", port),
                new UsernamePasswordCredentials("admin", "12345".toCharArray()));
        try (var client = HttpClients.custom().setDefaultCredentialsProvider(credentials).build()) {
            String body = client.execute(new HttpGet(url), response -> {
                assertThat(response.getCode()).isEqualTo(200);
                return EntityUtils.toString(response.getEntity());
            });
            Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(body);
            assertThat(title.find()).as(body).isTrue();
            out.add(http(ObservationKinds.HTML_TITLE, title.group(1), port));
        }
        return out;
    }

    private static Map<String, String> rtspOptions(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("OPTIONS rtsp://127.0.0.1:" + port + "/stream1 RTSP/1.0\r\nCSeq: 1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("RTSP/1.0 200");
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
            }
            return headers;
        }
    }

    private static Observation http(String kind, String value, int port) {
        return new Observation(kind, value, port, ServiceProtocol.HTTP);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nothing listens on 127.0.0.1:" + port + " after 10 s: is the lab installed (shared/lab/install.sh)?");
    }
}
