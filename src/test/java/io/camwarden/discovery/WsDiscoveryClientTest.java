package io.camwarden.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client's sorting of datagrams, against a scripted responder on loopback (127.0.2.21) that, like real
 * cameras, answers from another socket than the one it listens on. The ONVIF mock is the real peer (lab tests);
 * this covers what it does not do: stale and foreign replies, floods of duplicates, garbage.
 */
@Timeout(20)
class WsDiscoveryClientTest {

    private final List<String> probesSeen = new CopyOnWriteArrayList<>();
    private DatagramSocket listener;
    private DatagramSocket replier;
    private Thread responder;

    @AfterEach
    void stop() throws Exception {
        if (listener != null) {
            listener.close();
            replier.close();
            responder.join(2000);
        }
    }

    /** Starts a responder; the script gets each Probe's MessageID and where to answer. */
    private InetSocketAddress responder(BiConsumer<String, SocketAddress> script) throws Exception {
        listener = new DatagramSocket(new InetSocketAddress("127.0.2.21", 0));
        replier = new DatagramSocket(new InetSocketAddress("127.0.2.21", 0));
        responder = Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[65_536];
            while (!listener.isClosed()) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    listener.receive(p);
                    var env = SafeXml.parse(buf, p.getLength(), buf.length).getDocumentElement();
                    String id = XmlElements.text(env, "Header", "MessageID");
                    probesSeen.add(XmlElements.text(env, "Body", "Probe", "Types"));
                    script.accept(id, p.getSocketAddress());
                } catch (Exception closed) {
                    return;
                }
            }
        });
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private void send(String text, SocketAddress to) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        try {
            replier.send(new DatagramPacket(b, b.length, to));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WsDiscoveryClient client() throws Exception {
        return new WsDiscoveryClient(WsDiscoveryClient.Options.defaults()
                .withBindAddress(InetAddress.getByName("127.0.2.1")).withListen(Duration.ofMillis(700)));
    }

    private static String reply(String relatesTo, String endpoint) {
        return WsDiscoveryReplyTest.probeMatches(relatesTo, WsDiscoveryReplyTest.match(endpoint,
                "http://127.0.2.21/onvif/device_service"));
    }

    @Test
    void sendsOneProbePerTypeAndKeepsOneMatchPerDevice() throws Exception {
        InetSocketAddress target = responder((id, to) -> {
            send(reply(id, "urn:uuid:cam-1"), to);
            send(reply(id, "urn:uuid:cam-1"), to); // some devices answer twice
        });

        WsDiscoveryRun run = client().probe(List.of(target));

        assertThat(probesSeen).containsExactly("dn:NetworkVideoTransmitter", "tds:Device");
        assertThat(run.probesSent()).isEqualTo(2);
        assertThat(run.matches()).singleElement().satisfies(m -> {
            assertThat(m.endpoint()).isEqualTo("urn:uuid:cam-1");
            assertThat(m.from()).isEqualTo(replier.getLocalSocketAddress());
            assertThat(m.from().getPort()).isNotEqualTo(target.getPort());
        });
    }

    @Test
    void repliesToSomeoneElsesProbeAreCountedButNotKept() throws Exception {
        InetSocketAddress target = responder((id, to) -> {
            send(reply("urn:uuid:not-ours", "urn:uuid:stranger"), to);
            send(WsDiscoveryReplyTest.probeMatches("", "").replace("<wsadis:RelatesTo></wsadis:RelatesTo>", ""), to);
            send(reply(id, "urn:uuid:cam-1"), to);
        });

        WsDiscoveryRun run = client().probe(List.of(target));

        assertThat(run.matches()).extracting(WsDiscoveryMatch::endpoint).containsExactly("urn:uuid:cam-1");
        assertThat(run.unrelated()).isEqualTo(4);
        assertThat(run.rejected()).isZero();
    }

    @Test
    void garbageAndHostileDatagramsAreRejectedWithAReason() throws Exception {
        InetSocketAddress target = responder((id, to) -> {
            send("\u0000\u0001garbage", to);
            send("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><e>&x;</e>", to);
            send(reply(id, "urn:uuid:cam-1").substring(0, 300), to);
        });

        WsDiscoveryRun run = client().probe(List.of(target));

        assertThat(run.matches()).isEmpty();
        assertThat(run.rejected()).isEqualTo(6);
        assertThat(run.problems()).allMatch(p -> p.startsWith("reply from /127.0.2.21:" + replier.getLocalPort()));
        assertThat(run.problems()).anyMatch(p -> p.contains("DOCTYPE"));
    }

    @Test
    void anAnyProbeCarriesNoTypes() throws Exception {
        InetSocketAddress target = responder((id, to) -> send(reply(id, "urn:uuid:cam-1"), to));
        var options = new WsDiscoveryClient.Options(InetAddress.getByName("127.0.2.1"), Duration.ofMillis(500),
                Duration.ZERO, List.of(WsDiscoveryProbeType.ANY));

        WsDiscoveryRun run = new WsDiscoveryClient(options).probe(List.of(target));

        assertThat(probesSeen).containsExactly((String) null);
        assertThat(run.matches()).hasSize(1);
    }

    @Test
    void aBindAddressThatIsNotOursIsReportedNotThrown() throws Exception {
        var options = WsDiscoveryClient.Options.defaults().withBindAddress(InetAddress.getByName("192.0.2.1"));

        WsDiscoveryRun run = new WsDiscoveryClient(options).probe(List.of(new InetSocketAddress("127.0.2.21", 3702)));

        assertThat(run.probesSent()).isZero();
        assertThat(run.problems()).singleElement().asString()
                .startsWith("cannot open a UDP socket on 192.0.2.1").endsWith("check the bind address");
    }
}
