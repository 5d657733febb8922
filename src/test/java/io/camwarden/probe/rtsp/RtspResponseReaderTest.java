package io.camwarden.probe.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.probe.BoundedReader;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ResponseTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RtspResponseReaderTest {

    private static final ProbeLimits LIMITS = ProbeLimits.DEFAULT.withMaxHeaderBytes(1024).withMaxBodyBytes(4096);

    private static RtspResponse read(byte[] bytes) throws IOException {
        return RtspResponseReader.read(new BoundedReader(new ByteArrayInputStream(bytes), Duration.ofSeconds(5)), LIMITS);
    }

    private static RtspResponse read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsARealGStreamerDescribeAnswerWithItsSdp() throws Exception {
        byte[] raw = getClass().getResourceAsStream("gstreamer-describe-200.bin").readAllBytes();
        RtspResponse r = read(raw);
        assertThat(r.version()).isEqualTo("RTSP/1.0");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.reason()).isEqualTo("OK");
        assertThat(r.server()).contains("GStreamer RTSP server");
        assertThat(r.headers().first("content-type")).contains("application/sdp");
        assertThat(r.body()).hasSize(527);
        assertThat(r.bodyText()).startsWith("v=0\r\n").contains("m=video 0 RTP/AVP 96");
    }

    @Test
    void readsRepeatedHeadersFoldedLinesAndAnAnswerWithoutBody() throws Exception {
        RtspResponse r = read("RTSP/1.0 401 Unauthorized\r\nCSeq: 2\r\n"
                + "WWW-Authenticate: Digest realm=\"Hikvision\",\r\n nonce=\"abc\", stale=\"FALSE\"\r\n"
                + "WWW-Authenticate: Basic realm=\"/\"\r\n\r\n");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.headers().all("WWW-Authenticate")).containsExactly(
                "Digest realm=\"Hikvision\", nonce=\"abc\", stale=\"FALSE\"", "Basic realm=\"/\"");
        assertThat(r.challenges()).extracting(c -> c.scheme()).containsExactly("Digest", "Basic");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void toleratesAStrayBlankLineAndAMissingReasonPhrase() throws Exception {
        RtspResponse r = read("\r\nRTSP/1.0 404\r\nCSeq: 3\r\n\r\n");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.reason()).isEmpty();
    }

    @Test
    void somethingOtherThanRtspIsRefusedWithWhatItWas() {
        assertThatThrownBy(() -> read("HTTP/1.1 400 Bad Request\r\n\r\n")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("not an RTSP answer: HTTP/1.1 400 Bad Request");
        assertThatThrownBy(() -> read(new byte[] {0, 0, 0, 16, 0, 0, 0, 30, '\n'}))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("\\x00\\x00\\x00\\x10");
        assertThatThrownBy(() -> read("RTSP/1.0 2000 OK\r\n\r\n")).isInstanceOf(ProtocolException.class);
    }

    @Test
    void malformedHeadersAreRefused() {
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nno colon here\r\n\r\n")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("malformed header line");
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\n continuation first\r\n\r\n"))
                .isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nContent-Length: -5\r\n\r\n"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("invalid Content-Length");
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("invalid Content-Length");
    }

    @Test
    void truncatedAnswersAreRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("closed the connection without answering");
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nCSeq: 1\r\n")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("in the middle of the headers");
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nContent-Length: 100\r\n\r\nv=0\r\n"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("of 100 announced bytes");
    }

    @Test
    void oversizedAnswersStopAtTheLimits() {
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nX: " + "a".repeat(5000) + "\r\n\r\n"))
                .isInstanceOf(ResponseTooLargeException.class);
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\n" + "X-Pad: 0123456789\r\n".repeat(100) + "\r\n"))
                .isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("RTSP headers");
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nContent-Length: 999999999\r\n\r\n"))
                .isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("Content-Length 999999999");
        var manyHeaders = ProbeLimits.DEFAULT.withMaxHeaderBytes(64 * 1024);
        assertThatThrownBy(() -> RtspResponseReader.read(new BoundedReader(new ByteArrayInputStream(
                ("RTSP/1.0 200 OK\r\n" + "A: b\r\n".repeat(500) + "\r\n").getBytes(StandardCharsets.US_ASCII)),
                Duration.ofSeconds(5)), manyHeaders)).isInstanceOf(ResponseTooLargeException.class)
                .hasMessageContaining("more than 100 header lines");
    }
}
