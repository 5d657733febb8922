package io.camwarden.probe.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ScriptedPeer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpProberTest {

    private static final ProbeLimits LIMITS = ProbeLimits.DEFAULT.withTimeouts(Duration.ofSeconds(1),
            Duration.ofMillis(500), Duration.ofSeconds(2));
    private final HttpProbeClient client = new HttpProbeClient(LIMITS);

    @AfterEach
    void close() {
        client.close();
    }

    private byte[] springIcon() {
        try {
            return getClass().getResourceAsStream("spring-boot-2.1.18-favicon.ico").readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> facts(java.util.List<Observation> evidence) {
        return evidence.stream().map(o -> o.kind() + "=" + o.value()).toList();
    }

    @Test
    void followsTheLoginRedirectAndHashesTheLinkedIcon() throws Exception {
        byte[] icon = springIcon();
        try (var peer = WebPeer.start(q -> switch (WebPeer.path(q)) {
            case "/" -> WebPeer.response("302 Found", "Server: Hikvision-Webs\r\nLocation: /doc/page/login.asp?_1\r\n", "");
            case "/doc/page/login.asp?_1" -> WebPeer.response("200 OK", "Server: Hikvision-Webs\r\nContent-Type: text/html\r\n",
                    "<html><head><link rel=\"shortcut icon\" href=\"/img/cam.ico\"><title>Login</title></head></html>");
            case "/img/cam.ico" -> WebPeer.response("200 OK", "Content-Type: image/x-icon\r\n", icon);
            default -> WebPeer.response("404 Not Found", "Content-Type: text/html\r\n", "<html>404</html>");
        })) {
            var service = new HttpProber(client, null).probe(peer.endpoint()).orElseThrow();
            assertThat(service.protocol()).isEqualTo(ServiceProtocol.HTTP);
            assertThat(facts(service.evidence())).containsExactly(
                    ObservationKinds.HTTP_STATUS + "=200",
                    ObservationKinds.HTTP_LANDING_URL + "=http://" + peer.endpoint().authority() + "/doc/page/login.asp?_1",
                    ObservationKinds.HTTP_SERVER + "=Hikvision-Webs",
                    ObservationKinds.HTML_TITLE + "=Login",
                    ObservationKinds.FAVICON_MD5 + "=0488faca4c19046b94d07c3ee83cf9d6",
                    ObservationKinds.FAVICON_MMH3 + "=116323821");
        }
    }

    @Test
    void neverFollowsARedirectToAnotherHostAndNeverHashesAnHtmlErrorPage() throws Exception {
        try (var peer = WebPeer.start(q -> WebPeer.path(q).equals("/")
                ? WebPeer.response("301 Moved", "Location: http://cloud.example.com/login\r\n", "")
                : WebPeer.response("200 OK", "Content-Type: text/html\r\n", "<html><title>Catch-all</title></html>"))) {
            var service = new HttpProber(client, null).probe(peer.endpoint()).orElseThrow();
            assertThat(facts(service.evidence())).containsExactly(ObservationKinds.HTTP_STATUS + "=301");
            assertThat(peer.requests()).noneMatch(r -> r.contains("cloud.example.com"));
        }
    }

    @Test
    void reportsTheChallengeAndWithOperatorCredentialsReadsThePageBehindIt() throws Exception {
        try (var peer = WebPeer.start(q -> q.contains("Authorization: Basic YWRtaW46MTIzNDU=")
                ? WebPeer.response("200 OK", "Content-Type: text/html\r\n", "<title>DVR Live View</title>")
                : WebPeer.response("401 Unauthorized", "Server: uc-httpd 1.0.0\r\nWWW-Authenticate: Basic realm=\"DVR\"\r\n",
                        "<title>401 Unauthorized</title>"))) {
            var anonymous = new HttpProber(client, null).probe(peer.endpoint()).orElseThrow();
            assertThat(facts(anonymous.evidence())).containsExactly(
                    ObservationKinds.HTTP_STATUS + "=401",
                    ObservationKinds.HTTP_SERVER + "=uc-httpd 1.0.0",
                    ObservationKinds.HTTP_WWW_AUTHENTICATE + "=Basic realm=\"DVR\"",
                    ObservationKinds.HTTP_REALM + "=DVR",
                    ObservationKinds.HTML_TITLE + "=401 Unauthorized");
            var authenticated = new HttpProber(client, new Credentials("admin", "12345")).probe(peer.endpoint()).orElseThrow();
            assertThat(facts(authenticated.evidence())).contains(ObservationKinds.HTML_TITLE + "=DVR Live View");
        }
    }

    @Test
    void somethingThatIsNotHttpIsNotReported() throws Exception {
        try (var silent = ScriptedPeer.start((s, p) -> s.close());
             var binary = ScriptedPeer.start((s, p) -> {
                 p.readRequest(s);
                 ScriptedPeer.write(s, new byte[] {(byte) 0xb1, 0, 0, 0x58, 0, 0, 0, 0});
             })) {
            assertThat(new HttpProber(client, null).probe(silent.endpoint())).isEmpty();
            assertThat(new HttpProber(client, null).probe(binary.endpoint())).isEmpty();
        }
    }
}
