package io.camwarden.probe.http;

import static io.camwarden.probe.ScriptedPeer.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ResponseTooLargeException;
import io.camwarden.probe.ScriptedPeer;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP transport against devices that answer too much, too slowly, or not HTTP at all. */
class HttpProbeClientTest {

    private static final ProbeLimits LIMITS = ProbeLimits.DEFAULT
            .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(2))
            .withMaxHeaderBytes(1024).withMaxBodyBytes(1000);
    private final HttpProbeClient client = new HttpProbeClient(LIMITS);

    @AfterEach
    void close() {
        client.close();
    }

    private static URI root(ScriptedPeer peer) {
        return URI.create("http://" + peer.endpoint().authority() + "/");
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @Test
    void readsStatusHeadersAndBodyAndSendsNoCredentialsUnasked() throws Exception {
        try (var peer = ScriptedPeer.start((s, p) -> {
            p.readRequest(s);
            write(s, "HTTP/1.1 200 OK\r\nServer: App-webs/\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello");
        })) {
            HttpAnswer a = client.get(root(peer), null);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.reason()).isEqualTo("OK");
            assertThat(a.headers().first("server")).contains("App-webs/");
            assertThat(new String(a.body(), StandardCharsets.US_ASCII)).isEqualTo("hello");
            assertThat(a.bodyTruncated()).isFalse();
            assertThat(a.peerCertificates()).isEmpty();
            assertThat(peer.requests().getFirst()).startsWith("GET / HTTP/1.1\r\n").contains("User-Agent: CamWarden")
                    .doesNotContainIgnoringCase("authorization").doesNotContainIgnoringCase("accept-encoding: gzip");
        }
    }

    @Test
    void aLongBodyIsCutAtTheLimit() throws Exception {
        try (var peer = ScriptedPeer.start((s, p) -> {
            p.readRequest(s);
            write(s, "HTTP/1.1 200 OK\r\nContent-Length: 50000\r\n\r\n" + "b".repeat(50_000));
        })) {
            HttpAnswer a = client.get(root(peer), null);
            assertThat(a.body()).hasSize(1000);
            assertThat(a.bodyTruncated()).isTrue();
        }
    }

    @Test
    void anEndlessChunkedBodyIsCutAtTheLimitWithoutDrainingIt() throws Exception {
        try (var peer = ScriptedPeer.start((s, p) -> {
            p.readRequest(s);
            write(s, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            ScriptedPeer.endless(s, "10\r\n0123456789abcdef\r\n".getBytes(StandardCharsets.US_ASCII));
        })) {
            long start = System.nanoTime();
            HttpAnswer a = client.get(root(peer), null);
            assertThat(a.bodyTruncated()).isTrue();
            assertThat(a.body()).hasSize(1000);
            assertThat(millisSince(start)).isLessThan(1500);
        }
    }

    @Test
    void oversizedHeadersAreRefusedAtTheLimit() throws Exception {
        try (var longLine = ScriptedPeer.start((s, p) -> {
            p.readRequest(s);
            write(s, "HTTP/1.1 200 OK\r\nX-Long: " + "x".repeat(100_000) + "\r\n\r\n");
        });
             var manyLines = ScriptedPeer.start((s, p) -> {
                 p.readRequest(s);
                 write(s, "HTTP/1.1 200 OK\r\n" + "X-A: b\r\n".repeat(1000) + "\r\n");
             })) {
            assertThatThrownBy(() -> client.get(root(longLine), null)).isInstanceOf(ResponseTooLargeException.class);
            assertThatThrownBy(() -> client.get(root(manyLines), null)).isInstanceOf(ResponseTooLargeException.class);
        }
    }

    @Test
    void aStallingDeviceTimesOutAfterTheReadTimeout() throws Exception {
        try (var peer = ScriptedPeer.start((s, p) -> ScriptedPeer.stall(s))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.get(root(peer), null)).isInstanceOf(SocketTimeoutException.class);
            assertThat(millisSince(start)).isBetween(400L, 1500L);
        }
    }

    @Test
    void aDeviceThatDripsItsHeadersIsCutOffAtTheExchangeDeadline() throws Exception {
        try (var peer = ScriptedPeer.start((s, p) -> {
            p.readRequest(s);
            write(s, "HTTP/1.1 200 OK\r\n");
            while (true) {
                write(s, "X: y\r\n");
                Thread.sleep(300); // each line within the read timeout, forever
            }
        })) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.get(root(peer), null)).isInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining("took longer than 2000 ms");
            assertThat(millisSince(start)).isBetween(1900L, 3500L);
        }
    }

    @Test
    void garbageAndEarlyCloseAreErrorsNotAnswers() throws Exception {
        try (var garbage = ScriptedPeer.start((s, p) -> {
            p.readRequest(s);
            write(s, new byte[] {0, 0, 0, 16, 0, 0, 0, 30, 0, 0, 0, 30, 0, 0, 0, 0});
        });
             var closer = ScriptedPeer.start((s, p) -> s.close())) {
            assertThatThrownBy(() -> client.get(root(garbage), null)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> client.get(root(closer), null)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void compressedBodiesAreKeptAsSentNotInflated() throws Exception {
        byte[] gzipBomb = java.util.HexFormat.of().parseHex("1f8b0800000000000003");
        try (var peer = ScriptedPeer.start((s, p) -> {
            p.readRequest(s);
            write(s, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + gzipBomb.length + "\r\n\r\n");
            write(s, gzipBomb);
        })) {
            assertThat(client.get(root(peer), null).body()).isEqualTo(gzipBomb);
        }
    }
}
