package io.camwarden.probe.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Exchange;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ScriptedPeer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpAuthenticationTest {

    private static final ProbeLimits LIMITS = ProbeLimits.DEFAULT.withTimeouts(Duration.ofSeconds(1),
            Duration.ofMillis(500), Duration.ofSeconds(2));
    private final HttpProbeClient client = new HttpProbeClient(LIMITS);
    private final HttpAuthentication auth = new HttpAuthentication(client);

    @AfterEach
    void close() {
        client.close();
    }

    private static URI root(ScriptedPeer peer) {
        return URI.create("http://" + peer.endpoint().authority() + "/");
    }

    private static ScriptedPeer basicCamera(String lockedBody) throws Exception {
        return WebPeer.start(request -> {
            if (request.contains("Authorization: Basic YWRtaW46MTIzNDU=")) {
                return WebPeer.response("200 OK", "Content-Type: text/html\r\n", "<title>Live</title>");
            }
            if (request.contains("Authorization:") && lockedBody != null) {
                return WebPeer.response("403 Forbidden", "", lockedBody);
            }
            return WebPeer.response("401 Unauthorized", "WWW-Authenticate: Basic realm=\"IPCam\"\r\n", "");
        });
    }

    @Test
    void basicRightAndWrongPassword() throws Exception {
        try (var peer = basicCamera(null)) {
            HttpAuthResult right = auth.attempt(root(peer), new Credentials("admin", "12345"));
            assertThat(right.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
            assertThat(right.realms()).containsExactly("IPCam");
            assertThat(right.exchanges()).extracting(Exchange::authScheme, Exchange::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("none", 401), org.assertj.core.groups.Tuple.tuple("Basic", 200));
            assertThat(right.lastAnswer().orElseThrow().body()).asString().contains("Live");

            HttpAuthResult wrong = auth.attempt(root(peer), new Credentials("admin", "nope"));
            assertThat(wrong.outcome()).isEqualTo(AuthOutcome.REJECTED);
            assertThat(wrong.lockoutSigns()).isEmpty();
        }
    }

    @Test
    void noCredentialsMeansTheChallengeIsReportedAndNothingIsSent() throws Exception {
        try (var peer = basicCamera(null)) {
            HttpAuthResult r = auth.attempt(root(peer), null);
            assertThat(r.outcome()).isEqualTo(AuthOutcome.REQUIRED);
            assertThat(r.exchanges()).hasSize(1);
            assertThat(peer.requests()).noneMatch(q -> q.contains("Authorization"));
        }
    }

    @Test
    void anOpenPageNeedsNoCredentials() throws Exception {
        try (var peer = WebPeer.start(q -> WebPeer.response("200 OK", "", "open"))) {
            HttpAuthResult r = auth.attempt(root(peer), new Credentials("admin", "12345"));
            assertThat(r.outcome()).isEqualTo(AuthOutcome.NOT_REQUIRED);
            assertThat(peer.requests()).hasSize(1).noneMatch(q -> q.contains("Authorization"));
        }
    }

    @Test
    void aLockedAccountShowsItsSigns() throws Exception {
        try (var peer = basicCamera("<html>Account locked. Try again later.</html>")) {
            HttpAuthResult r = auth.attempt(root(peer), new Credentials("admin", "nope"));
            assertThat(r.outcome()).isEqualTo(AuthOutcome.REJECTED);
            assertThat(r.lockoutSigns()).anyMatch(s -> s.contains("403")).anyMatch(s -> s.contains("locked"));
        }
    }

    @Test
    void digestWithQopAnswersOnTheRequestTarget() throws Exception {
        try (var peer = WebPeer.start(q -> q.contains("Authorization: Digest")
                ? WebPeer.response("200 OK", "", "in")
                : WebPeer.response("401 Unauthorized",
                        "WWW-Authenticate: Digest realm=\"IP Camera\", nonce=\"abc\", qop=\"auth\", algorithm=MD5\r\n", ""))) {
            HttpAuthResult r = auth.attempt(URI.create(root(peer) + "ISAPI/System/deviceInfo?x=1"),
                    new Credentials("admin", "12345"));
            assertThat(r.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
            String authorization = peer.requests().get(1);
            assertThat(authorization).contains("uri=\"/ISAPI/System/deviceInfo?x=1\"").contains("qop=auth, nc=00000001")
                    .doesNotContain("12345");
        }
    }
}
