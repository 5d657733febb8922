package io.camwarden.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.onvif.lab.OnvifMock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Unicast WS-Discovery against the ONVIF mock's responder (udp/3702 on every address of this namespace), which,
 * like many cameras, replies from a different socket than the one it listens on.
 */
@Tag("lab")
class WsDiscoveryUnicastLabTest {

    private static OnvifMock mock;

    @BeforeAll
    static void start() throws Exception {
        mock = OnvifMock.start("127.0.2.10");
    }

    @AfterAll
    static void stop() {
        if (mock != null) {
            mock.close();
        }
    }

    private static WsDiscoveryClient.Options options() throws Exception {
        return WsDiscoveryClient.Options.defaults().withBindAddress(InetAddress.getByName("127.0.2.1"))
                .withListen(Duration.ofMillis(1500));
    }

    @Test
    void aProbedHostAnswersWithItsTypesScopesAndXAddrFromAnotherPort() throws Exception {
        WsDiscoveryRun run = new WsDiscoveryClient(options()).probeHosts(List.of(InetAddress.getByName("127.0.2.10")));

        assertThat(run.probesSent()).isEqualTo(2);
        assertThat(run.rejected()).isZero();
        assertThat(run.matches()).hasSize(1); // it answered both probe types: one device
        WsDiscoveryMatch match = run.matches().getFirst();
        assertThat(match.from().getPort()).isNotEqualTo(WsDiscoveryClient.PORT);
        assertThat(match.endpoint()).isEqualTo("uuid:c9790c3a-701b-464d-a189-0060351c8ada");
        assertThat(match.types()).containsExactly("dn:NetworkVideoTransmitter", "tds:Device");
        assertThat(match.isVideoTransmitter()).isTrue();
        assertThat(match.xaddrs()).containsExactly(URI.create(mock.deviceService().toString()));
        assertThat(match.name()).isEqualTo("PREDATOR");
        assertThat(match.hardware()).isEqualTo("HD_PREDATOR");
        assertThat(match.location()).isNull(); // announced, but empty
        assertThat(match.scopes()).hasSize(7);
        assertThat(match.metadataVersion()).isEqualTo(1);
        assertThat(match.observations()).contains(
                new Observation(ObservationKinds.ONVIF_XADDR, mock.deviceService().toString(), 3702, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_TYPES, "dn:NetworkVideoTransmitter tds:Device", 3702,
                        ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SCOPE_NAME, "PREDATOR", 3702, ServiceProtocol.ONVIF));
    }

    @Test
    void aReplyThatIsNotXmlIsCountedAndExplainedNotThrown() throws Exception {
        // The mock answers this message id with the 8 bytes "lollipop".
        WsDiscoveryClient client = new WsDiscoveryClient(options(), () -> "urn:uuid:e7707");

        WsDiscoveryRun run = client.probeHosts(List.of(InetAddress.getByName("127.0.2.10")));

        assertThat(run.matches()).isEmpty();
        assertThat(run.rejected()).isEqualTo(2);
        assertThat(run.problems()).anyMatch(p -> p.contains("not well-formed XML"));
    }

    @Test
    void targetsWithoutAResponderAddNothing() throws Exception {
        int silentPort;
        try (var unused = new java.net.DatagramSocket(0, InetAddress.getByName("127.0.2.13"))) {
            silentPort = unused.getLocalPort(); // closed again before probing: nothing listens there
        }
        WsDiscoveryRun run = new WsDiscoveryClient(options()).probe(List.of(
                new InetSocketAddress("127.0.2.13", silentPort), new InetSocketAddress("127.0.2.10", WsDiscoveryClient.PORT)));

        assertThat(run.probesSent()).isEqualTo(4);
        assertThat(run.problems()).isEmpty();
        assertThat(run.matches()).extracting(WsDiscoveryMatch::xaddrs)
                .containsExactly(List.of(URI.create(mock.deviceService().toString())));
    }
}
