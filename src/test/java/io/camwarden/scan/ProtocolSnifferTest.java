package io.camwarden.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.ScriptedPeer;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** What the sniffer makes of a port with no usual protocol, from the first bytes of its answer. */
class ProtocolSnifferTest {

    private static final Duration T = Duration.ofSeconds(2);

    @Test
    void aBinaryAnswerGoesToTheVendorControlProberFirstWhateverThePort() throws Exception {
        // the 16-byte error header Hikvision's SDK port sends to a request it cannot parse (nmap-service-probes)
        byte[] hik = HexFormat.of().parseHex("000000100000001e0000001e00000000");
        try (ScriptedPeer peer = ScriptedPeer.start((s, p) -> {
            p.readRequest(s);
            ScriptedPeer.write(s, hik);
        })) {
            assertThat(ProtocolSniffer.order(peer.endpoint(), T, T).getFirst()).isEqualTo(ServiceProtocol.VENDOR_CONTROL);
        }
    }

    @Test
    void aTextBannerStaysWithTelnetAndTheWebStaysWeb() throws Exception {
        try (ScriptedPeer banner = ScriptedPeer.start((s, p) -> ScriptedPeer.write(s, "220 FTP ready\r\n"));
             ScriptedPeer web = ScriptedPeer.start((s, p) -> {
                 p.readRequest(s);
                 ScriptedPeer.write(s, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
             })) {
            assertThat(ProtocolSniffer.order(banner.endpoint(), T, T))
                    .containsExactly(ServiceProtocol.TELNET, ServiceProtocol.HTTP);
            assertThat(ProtocolSniffer.order(web.endpoint(), T, T)).containsExactly(ServiceProtocol.HTTP);
        }
    }
}
