package io.camwarden.probe.rtsp;

import static io.camwarden.probe.ScriptedPeer.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Exchange;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ResponseTooLargeException;
import io.camwarden.probe.ScriptedPeer;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The RTSP client against scripted servers: the flows and the misbehaviour real cameras show. */
class RtspClientTest {

    private static final ProbeLimits LIMITS = ProbeLimits.DEFAULT.withTimeouts(Duration.ofSeconds(1),
            Duration.ofMillis(500), Duration.ofSeconds(2));
    private static final Credentials ADMIN = new Credentials("admin", "12345");
    private static final String SDP = "v=0\r\ns=Media Presentation\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n";

    private static String ok(String request, String body) {
        return "RTSP/1.0 200 OK\r\nCSeq: " + cseq(request) + "\r\nServer: Test Cam\r\nContent-Type: application/sdp\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private static String status(String request, String statusLine, String... headers) {
        return "RTSP/1.0 " + statusLine + "\r\nCSeq: " + cseq(request) + "\r\n"
                + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList()) + "\r\n";
    }

    private static String cseq(String request) {
        Matcher m = Pattern.compile("CSeq: (\\d+)").matcher(request);
        return m.find() ? m.group(1) : "0";
    }

    private static String param(String authorization, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(authorization);
        return m.find() ? m.group(1) : null;
    }

    private static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** A server that checks the RFC 2069 Digest response itself, like GStreamer does. */
    private static boolean digestIsRight(String request, String nonce, String password) throws Exception {
        Matcher line = Pattern.compile("Authorization: (Digest .*)\r\n").matcher(request);
        if (!line.find()) {
            return false;
        }
        String auth = line.group(1);
        String ha1 = md5(param(auth, "username") + ":cam:" + password);
        String ha2 = md5("DESCRIBE:" + param(auth, "uri"));
        return md5(ha1 + ":" + nonce + ":" + ha2).equals(param(auth, "response")) && nonce.equals(param(auth, "nonce"));
    }

    @Test
    void answersADigestChallengeOnTheSameConnectionAndReadsTheSdp() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> {
            String first = p.readRequest(socket);
            write(socket, status(first, "401 Unauthorized", "WWW-Authenticate: Digest realm=\"cam\", nonce=\"n1\""));
            String second = p.readRequest(socket);
            write(socket, digestIsRight(second, "n1", "12345") ? ok(second, SDP) : status(second, "401 Unauthorized",
                    "WWW-Authenticate: Digest realm=\"cam\", nonce=\"n1\""));
        })) {
            var client = new RtspClient(peer.endpoint(), LIMITS);
            RtspDescribeResult r = client.describe("/stream1", ADMIN);

            assertThat(r.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
            assertThat(r.url()).isEqualTo("rtsp://" + peer.endpoint().authority() + "/stream1");
            assertThat(r.exchanges()).extracting(Exchange::authScheme, Exchange::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("none", 401),
                            org.assertj.core.groups.Tuple.tuple("Digest", 200));
            assertThat(r.offeredSchemes()).containsExactly("Digest");
            assertThat(r.hasMedia()).isTrue();
            assertThat(r.sdp().orElseThrow().firstMedia("video").orElseThrow().codecs()).containsExactly("H264/90000");
            assertThat(r.server()).contains("Test Cam");
            assertThat(peer.connections()).isEqualTo(1);
            assertThat(peer.requests().get(0)).startsWith("DESCRIBE rtsp://" + peer.endpoint().authority() + "/stream1 RTSP/1.0\r\n")
                    .contains("Accept: application/sdp").doesNotContain("Authorization");
            assertThat(peer.requests().get(1)).contains("CSeq: 2").doesNotContain("12345");
        }
    }

    @Test
    void aWrongPasswordIsRejected() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> {
            for (int i = 0; i < 2; i++) {
                String request = p.readRequest(socket);
                write(socket, digestIsRight(request, "n1", "12345") ? ok(request, SDP)
                        : status(request, "401 Unauthorized", "WWW-Authenticate: Digest realm=\"cam\", nonce=\"n1\""));
            }
        })) {
            RtspDescribeResult r = new RtspClient(peer.endpoint(), LIMITS).describe("/stream1", new Credentials("admin", "nope"));
            assertThat(r.outcome()).isEqualTo(AuthOutcome.REJECTED);
            assertThat(r.finalStatus()).isEqualTo(401);
            assertThat(r.sdp()).isEmpty();
            assertThat(r.lockoutSigns()).isEmpty();
        }
    }

    @Test
    void usesBasicWhenThatIsAllTheDeviceOffers() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> {
            String first = p.readRequest(socket);
            write(socket, status(first, "401 Unauthorized", "WWW-Authenticate: Basic realm=\"device\""));
            String second = p.readRequest(socket);
            write(socket, second.contains("Authorization: Basic YWRtaW46MTIzNDU=\r\n") ? ok(second, SDP)
                    : status(second, "401 Unauthorized"));
        })) {
            RtspDescribeResult r = new RtspClient(peer.endpoint(), LIMITS).describe("/", ADMIN);
            assertThat(r.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
            assertThat(r.exchanges().getLast().authScheme()).isEqualTo("Basic");
        }
    }

    @Test
    void reportsWhatTheDeviceAskedWhenNoCredentialsAreGivenOrTheSchemeIsUnknown() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> {
            String request = p.readRequest(socket);
            write(socket, status(request, "401 Unauthorized", "WWW-Authenticate: Negotiate",
                    "WWW-Authenticate: Digest realm=\"x\", nonce=\"y\", algorithm=SHA-512-256"));
        })) {
            var client = new RtspClient(peer.endpoint(), LIMITS);
            RtspDescribeResult none = client.describe("/", null);
            assertThat(none.outcome()).isEqualTo(AuthOutcome.REQUIRED);
            assertThat(none.offeredSchemes()).containsExactly("Negotiate", "Digest");
            assertThat(client.describe("/", ADMIN).outcome()).isEqualTo(AuthOutcome.UNSUPPORTED_CHALLENGE);
            assertThat(peer.requests()).noneMatch(r -> r.contains("Authorization"));
        }
    }

    @Test
    void anOpenStreamNeedsNoCredentials() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> write(socket, ok(p.readRequest(socket), SDP)))) {
            RtspDescribeResult r = new RtspClient(peer.endpoint(), LIMITS).describe("/live", ADMIN);
            assertThat(r.outcome()).isEqualTo(AuthOutcome.NOT_REQUIRED);
            assertThat(r.exchanges()).hasSize(1);
            assertThat(r.hasMedia()).isTrue();
        }
    }

    @Test
    void retriesOnceWithTheNewNonceWhenTheOldOneWasStale() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> {
            String first = p.readRequest(socket);
            write(socket, status(first, "401 Unauthorized", "WWW-Authenticate: Digest realm=\"cam\", nonce=\"old\""));
            String second = p.readRequest(socket);
            write(socket, status(second, "401 Unauthorized",
                    "WWW-Authenticate: Digest realm=\"cam\", nonce=\"new\", stale=true"));
            String third = p.readRequest(socket);
            write(socket, digestIsRight(third, "new", "12345") ? ok(third, SDP) : status(third, "401 Unauthorized"));
        })) {
            RtspDescribeResult r = new RtspClient(peer.endpoint(), LIMITS).describe("/", ADMIN);
            assertThat(r.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
            assertThat(r.exchanges()).extracting(Exchange::status).containsExactly(401, 401, 200);
        }
    }

    @Test
    void answersOnANewConnectionWhenTheDeviceClosesAfterTheChallenge() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> {
            String request = p.readRequest(socket);
            if (!request.contains("Authorization")) {
                write(socket, status(request, "401 Unauthorized", "Connection: close",
                        "WWW-Authenticate: Basic realm=\"cam\""));
                return; // closes
            }
            write(socket, ok(request, SDP));
        })) {
            RtspDescribeResult r = new RtspClient(peer.endpoint(), LIMITS).describe("/", ADMIN);
            assertThat(r.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
            assertThat(peer.connections()).isEqualTo(2);
        }
    }

    @Test
    void aDeviceThatDropsTheConnectionAfterCredentialsIsReportedNotHidden() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> {
            String first = p.readRequest(socket);
            write(socket, status(first, "401 Unauthorized", "WWW-Authenticate: Basic realm=\"cam\""));
            p.readRequest(socket);
        })) {
            RtspDescribeResult r = new RtspClient(peer.endpoint(), LIMITS).describe("/", ADMIN);
            assertThat(r.outcome()).isEqualTo(AuthOutcome.UNDETERMINED);
            assertThat(r.error()).get().asString().contains("after credentials");
            assertThat(r.lockoutSigns()).containsExactly("the device closed the connection after receiving credentials");
        }
    }

    @Test
    void aLockedAccountShowsItsSigns() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> {
            String first = p.readRequest(socket);
            write(socket, status(first, "401 Unauthorized", "WWW-Authenticate: Basic realm=\"cam\""));
            String second = p.readRequest(socket);
            String body = "User locked, try again in 30 minutes";
            write(socket, status(second, "403 Forbidden", "Content-Length: " + body.length()).replaceFirst("\r\n\r\n$", "")
                    + "\r\n\r\n" + body);
        })) {
            RtspDescribeResult r = new RtspClient(peer.endpoint(), LIMITS).describe("/", ADMIN);
            assertThat(r.outcome()).isEqualTo(AuthOutcome.REJECTED);
            assertThat(r.lockoutSigns()).hasSize(2).anyMatch(s -> s.contains("403")).anyMatch(s -> s.contains("locked"));
        }
    }

    @Test
    void tellsAServerThatAnswersEveryPathFromOneThatDoesNot() throws Exception {
        try (var yesMan = ScriptedPeer.start((socket, p) -> write(socket, ok(p.readRequest(socket), SDP)));
             var honest = ScriptedPeer.start((socket, p) -> write(socket, status(p.readRequest(socket), "404 Not Found")));
             var guarded = ScriptedPeer.start((socket, p) -> write(socket, status(p.readRequest(socket),
                     "401 Unauthorized", "WWW-Authenticate: Basic realm=\"x\"")))) {
            assertThat(new RtspClient(yesMan.endpoint(), LIMITS).answersAnyPath(null)).isEqualTo(AnyPathVerdict.ANSWERS_ANY_PATH);
            assertThat(yesMan.requests().getFirst()).matches("(?s)DESCRIBE rtsp://[^ ]+/camwarden-[0-9a-f]{16} RTSP/1.0.*");
            assertThat(new RtspClient(honest.endpoint(), LIMITS).answersAnyPath(null)).isEqualTo(AnyPathVerdict.REJECTS_UNKNOWN_PATH);
            assertThat(new RtspClient(guarded.endpoint(), LIMITS).answersAnyPath(null)).isEqualTo(AnyPathVerdict.UNDETERMINED);
        }
    }

    @Test
    void buildsUrlsThatFitInARequestLine() {
        var client = new RtspClient(new io.camwarden.probe.Endpoint("::1", 554), LIMITS);
        assertThat(client.url("")).isEqualTo("rtsp://[::1]:554/");
        assertThat(client.url("cam/realmonitor?channel=1&subtype=0")).isEqualTo("rtsp://[::1]:554/cam/realmonitor?channel=1&subtype=0");
        assertThat(client.url("/live stream\r\n\u00e9")).isEqualTo("rtsp://[::1]:554/live%20stream%0D%0A%C3%A9");
    }

    @Test
    void aStallingDeviceCostsAtMostTheReadTimeout() throws Exception {
        try (var peer = ScriptedPeer.start((socket, p) -> ScriptedPeer.stall(socket))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new RtspClient(peer.endpoint(), LIMITS).describe("/", ADMIN))
                    .isInstanceOf(SocketTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        }
    }

    @Test
    void garbageEarlyCloseAndEndlessHeadersEndWithAClearError() throws Exception {
        try (var garbage = ScriptedPeer.start((socket, p) -> write(socket, new byte[] {(byte) 0xff, 1, 2, 3, '\n'}));
             var closer = ScriptedPeer.start((socket, p) -> socket.close());
             var endless = ScriptedPeer.start((socket, p) -> {
                 write(socket, "RTSP/1.0 200 OK\r\n");
                 ScriptedPeer.endless(socket, "X-Padding: aaaaaaaaaaaaaaaa\r\n".getBytes(StandardCharsets.US_ASCII));
             })) {
            assertThatThrownBy(() -> new RtspClient(garbage.endpoint(), LIMITS).options())
                    .isInstanceOf(ProtocolException.class).hasMessageContaining("not an RTSP answer");
            assertThatThrownBy(() -> new RtspClient(closer.endpoint(), LIMITS).options())
                    .isInstanceOf(ProtocolException.class).hasMessageContaining("without answering");
            assertThatThrownBy(() -> new RtspClient(endless.endpoint(), LIMITS).options())
                    .isInstanceOf(ResponseTooLargeException.class);
        }
    }

    @Test
    void theProberTurnsAnswersIntoObservationsAndIgnoresWhatIsNotRtsp() throws Exception {
        try (var cam = ScriptedPeer.start((socket, p) -> {
            while (true) {
                String request = p.readRequest(socket);
                if (request.isEmpty()) {
                    return;
                }
                if (request.startsWith("OPTIONS")) {
                    write(socket, status(request, "200 OK", "Server: Hikvision-Webs", "Public: OPTIONS, DESCRIBE"));
                } else {
                    write(socket, status(request, "401 Unauthorized",
                            "WWW-Authenticate: Digest realm=\"IP Camera(12345)\", nonce=\"abc\", stale=\"FALSE\""));
                }
            }
        });
             var http = ScriptedPeer.start((socket, p) -> write(socket, "HTTP/1.1 400 Bad Request\r\n\r\n"))) {
            var prober = new RtspProber(LIMITS, List.of("/"), null);
            var service = prober.probe(cam.endpoint()).orElseThrow();
            assertThat(service.protocol()).isEqualTo(ServiceProtocol.RTSP);
            assertThat(service.evidence()).extracting(o -> o.kind() + "=" + o.value()).containsExactly(
                    ObservationKinds.RTSP_SERVER + "=Hikvision-Webs",
                    ObservationKinds.RTSP_PUBLIC + "=OPTIONS, DESCRIBE",
                    ObservationKinds.RTSP_AUTH + "=Digest realm=\"IP Camera(12345)\", nonce=\"abc\", stale=\"FALSE\"",
                    ObservationKinds.RTSP_REALM + "=IP Camera(12345)",
                    ObservationKinds.RTSP_PATH + "=/");
            assertThat(prober.probe(http.endpoint())).isEmpty();
        }
    }
}
