package io.camwarden.probe.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.LabProcess;
import io.camwarden.probe.ProbeLimits;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The RTSP client against the lab's GStreamer RTSP server (Digest in the RFC 2069 form, and Basic),
 * with ffprobe as the reference client: whatever CamWarden concludes about a URL and credentials,
 * ffprobe must conclude the same by playing it.
 */
@Tag("lab")
class RtspLabTest {

    private static final Credentials RIGHT = new Credentials("admin", "12345");
    private static final Credentials WRONG = new Credentials("admin", "54321");
    private static LabProcess digestServer;
    private static LabProcess basicServer;
    private static Endpoint digest;
    private static Endpoint basic;

    @BeforeAll
    static void startGStreamer() throws Exception {
        digest = new Endpoint("127.0.1.10", LabProcess.freePort("127.0.1.10"));
        basic = new Endpoint("127.0.1.11", LabProcess.freePort("127.0.1.11"));
        digestServer = gstreamer(digest, "digest");
        basicServer = gstreamer(basic, "basic");
    }

    private static LabProcess gstreamer(Endpoint at, String auth) throws Exception {
        String script = LabProcess.shared().resolve("lab/rtsp/rtsp_server.py").toString();
        return LabProcess.start(List.of("/usr/bin/python3", script, "--address", at.host(), "--port",
                Integer.toString(at.port()), "--mount", "/stream1", "--auth", auth, "--user", "admin", "--password",
                "12345"), at.host(), at.port(), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (digestServer != null) {
            digestServer.close();
        }
        if (basicServer != null) {
            basicServer.close();
        }
    }

    private static LabProcess.Result ffprobe(String url) throws Exception {
        return LabProcess.run(List.of("ffprobe", "-v", "error", "-rtsp_transport", "tcp", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name", "-of", "default=noprint_wrappers=1:nokey=1", url),
                Duration.ofSeconds(30));
    }

    private static String withCredentials(String url, Credentials c) {
        return url.replace("rtsp://", "rtsp://" + c.user() + ":" + c.password() + "@");
    }

    @Test
    void digestRightPasswordAgreesWithFfprobe() throws Exception {
        var client = new RtspClient(digest, ProbeLimits.DEFAULT);
        RtspDescribeResult r = client.describe("/stream1", RIGHT);

        assertThat(r.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
        assertThat(r.offeredSchemes()).containsExactly("Digest");
        assertThat(r.offered().getFirst().realm()).contains("GStreamer RTSP Server");
        assertThat(r.offered().getFirst().param("qop")).isEmpty(); // the RFC 2069 form
        assertThat(r.hasMedia()).isTrue();
        assertThat(r.sdp().orElseThrow().firstMedia("video").orElseThrow().codecs()).containsExactly("H264/90000");

        LabProcess.Result reference = ffprobe(withCredentials(r.url(), RIGHT));
        assertThat(reference.exit()).as(reference.output()).isZero();
        assertThat(reference.output().strip()).isEqualTo("h264");
    }

    @Test
    void digestWrongPasswordIsRejectedAsFfprobeFindsToo() throws Exception {
        RtspDescribeResult r = new RtspClient(digest, ProbeLimits.DEFAULT).describe("/stream1", WRONG);
        assertThat(r.outcome()).isEqualTo(AuthOutcome.REJECTED);
        assertThat(r.finalStatus()).isEqualTo(401);
        assertThat(r.lockoutSigns()).isEmpty();

        LabProcess.Result reference = ffprobe(withCredentials(r.url(), WRONG));
        assertThat(reference.exit()).isNotZero();
        assertThat(reference.output()).containsIgnoringCase("401");
    }

    @Test
    void basicRightAndWrongPasswordAgreeWithFfprobe() throws Exception {
        var client = new RtspClient(basic, ProbeLimits.DEFAULT);
        RtspDescribeResult right = client.describe("/stream1", RIGHT);
        assertThat(right.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
        assertThat(right.offeredSchemes()).containsExactly("Basic");
        assertThat(right.exchanges().getLast().authScheme()).isEqualTo("Basic");
        assertThat(right.hasMedia()).isTrue();
        LabProcess.Result reference = ffprobe(withCredentials(right.url(), RIGHT));
        assertThat(reference.exit()).as(reference.output()).isZero();
        assertThat(reference.output().strip()).isEqualTo("h264");

        assertThat(client.describe("/stream1", WRONG).outcome()).isEqualTo(AuthOutcome.REJECTED);
        assertThat(ffprobe(withCredentials(right.url(), WRONG)).exit()).isNotZero();
    }

    @Test
    void withoutCredentialsTheChallengeIsReportedAndUnknownPathsAreRefused() throws Exception {
        var client = new RtspClient(digest, ProbeLimits.DEFAULT);
        assertThat(client.describe("/stream1", null).outcome()).isEqualTo(AuthOutcome.REQUIRED);
        // GStreamer answers 404 for an unknown path before asking for credentials (lab README)
        assertThat(client.answersAnyPath(RIGHT)).isEqualTo(AnyPathVerdict.REJECTS_UNKNOWN_PATH);
        RtspResponse options = client.options();
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.headers().first("Public").orElseThrow()).contains("DESCRIBE");
    }

    @Test
    void theProberReportsServerPublicChallengeRealmAndWithCredentialsTheSessionName() {
        var anonymous = new RtspProber(ProbeLimits.DEFAULT, List.of("/", "/stream1"), null).probe(digest).orElseThrow();
        assertThat(anonymous.evidence()).extracting(o -> o.kind() + "=" + o.value())
                .contains(ObservationKinds.RTSP_SERVER + "=GStreamer RTSP server",
                        ObservationKinds.RTSP_REALM + "=GStreamer RTSP Server")
                .anyMatch(s -> s.startsWith(ObservationKinds.RTSP_PUBLIC + "=OPTIONS, DESCRIBE"))
                .anyMatch(s -> s.startsWith(ObservationKinds.RTSP_AUTH + "=Digest realm=\"GStreamer RTSP Server\""));

        var authenticated = new RtspProber(ProbeLimits.DEFAULT, List.of("/stream1"), RIGHT).probe(digest).orElseThrow();
        assertThat(authenticated.evidence()).extracting(o -> o.kind() + "=" + o.value())
                .contains(ObservationKinds.RTSP_SESSION_NAME + "=Session streamed with GStreamer");
    }
}
