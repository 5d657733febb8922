package io.camwarden.probe.vendor;

import static io.camwarden.probe.ScriptedPeer.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ScriptedPeer;
import java.io.DataInputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The prober against peers that replay each vendor's documented handshake, and answer nothing to a
 * request that is not theirs, as the real daemons do.
 */
class VendorControlProberTest {

    private static final ProbeLimits LIMITS = ProbeLimits.DEFAULT.withTimeouts(Duration.ofSeconds(1),
            Duration.ofMillis(300), Duration.ofSeconds(2));

    private static byte[] read(Socket s, int n) throws Exception {
        byte[] b = new byte[n];
        new DataInputStream(s.getInputStream()).readFully(b);
        return b;
    }

    /** Hikvision (nmap's documented reply) to the request nmap sends; silence to anything else. */
    private static ScriptedPeer hikvision() throws Exception {
        return ScriptedPeer.start((s, p) -> {
            if (new String(read(s, 4)).equals("GET ")) {
                write(s, HexFormat.of().parseHex("000000100000001e0000001e00000000"));
            }
        });
    }

    /** Dahua (Metasploit's documented reply) to a 32-byte 0xa1 header; silence to anything else. */
    private static ScriptedPeer dahua() throws Exception {
        return ScriptedPeer.start((s, p) -> {
            byte[] header = read(s, 32);
            if ((header[0] & 0xff) == 0xa1) {
                write(s, Arrays.copyOf(HexFormat.of().parseHex("b100005800000000"), 32));
            }
        });
    }

    /** XiongMai: a framed "not logged in" reply to a framed request; closes on anything else. */
    private static final ScriptedPeer.Script XIONGMAI = (s, p) -> {
        byte[] header = read(s, 20);
        if ((header[0] & 0xff) == 0xff) {
            write(s, VendorHandshakesTest.xiongmaiReply(1007, "{ \"Name\" : \"\", \"Ret\" : 105 }"));
        }
    };

    private static ScriptedPeer xiongmai() throws Exception {
        return ScriptedPeer.start(XIONGMAI);
    }

    @Test
    void recognisesEachVendorByItsReply() throws Exception {
        try (var hik = hikvision(); var dh = dahua(); var xm = xiongmai()) {
            var prober = new VendorControlProber(LIMITS);
            assertThat(prober.recognize(hik.endpoint())).get().extracting(VendorHandshake::vendor).isEqualTo("Hikvision");
            assertThat(prober.recognize(dh.endpoint())).get().extracting(VendorHandshake::vendor).isEqualTo("Dahua");
            assertThat(prober.recognize(xm.endpoint())).get().satisfies(h -> {
                assertThat(h.vendor()).isEqualTo("XiongMai");
                assertThat(h.detail()).contains("Ret 105");
            });
            var service = prober.probe(dh.endpoint()).orElseThrow();
            assertThat(service.protocol()).isEqualTo(ServiceProtocol.VENDOR_CONTROL);
            assertThat(service.evidence()).singleElement().satisfies(o -> {
                assertThat(o.kind()).isEqualTo(ObservationKinds.VENDOR_CONTROL);
                assertThat(o.value()).isEqualTo("Dahua");
            });
        }
    }

    @Test
    void triesThePortsOwnerFirst() throws Exception {
        ScriptedPeer atDefault;
        try {
            atDefault = ScriptedPeer.startOn(34567, XIONGMAI);
        } catch (java.net.BindException taken) {
            org.junit.jupiter.api.Assumptions.abort("port 34567 is taken on " + ScriptedPeer.ADDRESS);
            return;
        }
        try (atDefault) {
            assertThat(new VendorControlProber(LIMITS).recognize(atDefault.endpoint())).isPresent();
            assertThat(atDefault.connections()).isEqualTo(1); // XiongMai's own probe first, no other needed
        }
        try (var elsewhere = xiongmai()) {
            assertThat(new VendorControlProber(LIMITS).recognize(elsewhere.endpoint())).isPresent();
            assertThat(elsewhere.connections()).isEqualTo(3); // Hikvision's and Dahua's probes came first
        }
    }

    @Test
    void silenceEarlyCloseAndGarbageAreNotAVendor() throws Exception {
        try (var silent = ScriptedPeer.start((s, p) -> ScriptedPeer.stall(s));
             var closer = ScriptedPeer.start((s, p) -> s.close());
             var garbage = ScriptedPeer.start((s, p) -> write(s, "SSH-2.0-dropbear\r\n"))) {
            var prober = new VendorControlProber(LIMITS);
            long start = System.nanoTime();
            assertThat(prober.probe(silent.endpoint())).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(silent.connections()).isEqualTo(3);
            assertThat(prober.probe(closer.endpoint())).isEmpty();
            assertThat(prober.probe(garbage.endpoint())).isEmpty();
        }
    }

    @Test
    void aClosedPortCostsOneConnectionAttempt() throws Exception {
        int port;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(ScriptedPeer.ADDRESS))) {
            port = s.getLocalPort();
        }
        assertThat(new VendorControlProber(LIMITS).probe(new Endpoint(ScriptedPeer.ADDRESS, port))).isEmpty();
    }
}
