package io.camwarden.checks.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.checks.credential.CredentialAuditor;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ScriptedPeer;
import io.camwarden.probe.http.SnapshotUrls;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The snapshot test goes through the maker's URLs: one URL whose CGI resets the connection (embedded web servers
 * do that for handlers they lack) must not hide an open snapshot at the next one.
 */
class LiveProbeSnapshotTest {

    private static final byte[] JPEG = new byte[300];

    static {
        JPEG[0] = (byte) 0xff;
        JPEG[1] = (byte) 0xd8;
        JPEG[2] = (byte) 0xff;
        JPEG[3] = (byte) 0xe0;
    }

    private static LiveEvidence probe(ScriptedPeer peer) {
        HostReport host = new HostReport(ScriptedPeer.ADDRESS, Instant.now(), List.of(new Service(peer.endpoint().port(),
                ServiceProtocol.HTTP, List.of())), Identity.UNKNOWN, null);
        var options = new LiveProbe.Options(false, CredentialAuditor.Options.DEFAULTS, ProbeLimits.DEFAULT, 8, 6,
                Duration.ofMillis(50));
        try (LiveProbe probe = new LiveProbe(options, Clock.systemUTC())) {
            return probe.probe(host);
        }
    }

    @Test
    void anUrlThatResetsTheConnectionDoesNotEndTheSearch() throws Exception {
        List<String> urls = SnapshotUrls.forMaker(null, 6);
        String broken = urls.get(0);
        String open = urls.get(1);
        try (ScriptedPeer peer = ScriptedPeer.start((socket, p) -> {
            String request = p.readRequest(socket);
            String target = request.split(" ", 3)[1];
            if (target.equals(broken)) {
                socket.setSoLinger(true, 0);
                return; // closed without an answer: the client sees a reset / no response
            }
            if (target.equals(open)) {
                ScriptedPeer.write(socket, "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: "
                        + JPEG.length + "\r\nConnection: close\r\n\r\n");
                ScriptedPeer.write(socket, JPEG);
                return;
            }
            byte[] body = "not here".getBytes(StandardCharsets.US_ASCII);
            ScriptedPeer.write(socket, "HTTP/1.1 404 Not Found\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\nnot here");
        })) {
            LiveEvidence live = probe(peer);

            assertThat(live.snapshots()).singleElement().satisfies(s -> {
                assertThat(s.url()).endsWith(open);
                assertThat(s.contentType()).isEqualTo("image/jpeg");
                assertThat(s.bytes()).isEqualTo(JPEG.length);
            });
            assertThat(peer.requests()).anyMatch(r -> r.startsWith("GET " + broken + " "));
        }
    }

    @Test
    void noSnapshotWhenEveryUrlFailsAndAtMostTheConfiguredUrlsAreAsked() throws Exception {
        try (ScriptedPeer peer = ScriptedPeer.start((socket, p) -> {
            String request = p.readRequest(socket);
            if (!request.startsWith("GET / ")) {
                socket.setSoLinger(true, 0);
                return;
            }
            ScriptedPeer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        })) {
            LiveEvidence live = probe(peer);
            assertThat(live.snapshots()).isEmpty();
            assertThat(peer.requests().stream().filter(r -> !r.startsWith("GET / ")).count()).isEqualTo(6);
        }
    }
}
