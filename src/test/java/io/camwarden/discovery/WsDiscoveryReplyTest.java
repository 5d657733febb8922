package io.camwarden.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WsDiscoveryReplyTest {

    private static final InetSocketAddress FROM = new InetSocketAddress("127.0.2.50", 40123);

    /** A ProbeMatches as cameras send it (2005/04 namespaces, prefixes of their own choosing). */
    static String probeMatches(String relatesTo, String matches) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\""
                + " xmlns:wsadis=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\""
                + " xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\""
                + " xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\" xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\">"
                + "<env:Header><wsadis:MessageID>urn:uuid:reply-1</wsadis:MessageID>"
                + "<wsadis:RelatesTo>" + relatesTo + "</wsadis:RelatesTo>"
                + "<wsadis:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</wsadis:Action>"
                + "</env:Header><env:Body><d:ProbeMatches>" + matches + "</d:ProbeMatches></env:Body></env:Envelope>";
    }

    static String match(String endpoint, String xaddrs) {
        return "<d:ProbeMatch><wsadis:EndpointReference><wsadis:Address>" + endpoint
                + "</wsadis:Address></wsadis:EndpointReference>"
                + "<d:Types>dn:NetworkVideoTransmitter tds:Device</d:Types>"
                + "<d:Scopes>onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/Profile/Streaming\n"
                + "\tonvif://www.onvif.org/hardware/DS-2CD2142FWD-I onvif://www.onvif.org/name/HIKVISION%20Gate"
                + " onvif://www.onvif.org/location/city/hanoi</d:Scopes>"
                + "<d:XAddrs>" + xaddrs + "</d:XAddrs><d:MetadataVersion>10</d:MetadataVersion></d:ProbeMatch>";
    }

    private static WsDiscoveryReply parse(String xml) throws SafeXml.Rejected {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        return WsDiscoveryReply.parse(b, b.length, FROM);
    }

    @Test
    void readsTypesScopesAndXAddrs() throws Exception {
        WsDiscoveryReply reply = parse(probeMatches("urn:uuid:ours", match("urn:uuid:4419-cam",
                "http://192.168.1.64/onvif/device_service http://[fe80::1]/onvif/device_service")));

        assertThat(reply.relatesTo()).isEqualTo("urn:uuid:ours");
        assertThat(reply.matches()).hasSize(1);
        WsDiscoveryMatch m = reply.matches().getFirst();
        assertThat(m.from()).isEqualTo(FROM);
        assertThat(m.endpoint()).isEqualTo("urn:uuid:4419-cam");
        assertThat(m.types()).containsExactly("dn:NetworkVideoTransmitter", "tds:Device");
        assertThat(m.xaddrs()).containsExactly(URI.create("http://192.168.1.64/onvif/device_service"),
                URI.create("http://[fe80::1]/onvif/device_service"));
        assertThat(m.scopes()).hasSize(5);
        assertThat(m.name()).isEqualTo("HIKVISION Gate");
        assertThat(m.hardware()).isEqualTo("DS-2CD2142FWD-I");
        assertThat(m.location()).isEqualTo("city/hanoi");
        assertThat(m.metadataVersion()).isEqualTo(10);
        assertThat(m.isVideoTransmitter()).isTrue();
    }

    @Test
    void theDeviceServiceIsAlwaysOnTheHostWeAskedAbout() throws Exception {
        WsDiscoveryMatch natted = parse(probeMatches("r", match("e",
                "http://192.168.1.64:8000/onvif/device_service?x=1 http://cam.example/onvif"))).matches().getFirst();
        WsDiscoveryMatch direct = parse(probeMatches("r", match("e",
                "http://192.168.1.64/onvif/device_service http://[fe80::1]/onvif/device_service"))).matches().getFirst();
        WsDiscoveryMatch none = parse(probeMatches("r", "<d:ProbeMatch/>")).matches().getFirst();

        assertThat(natted.deviceServiceAt(java.net.InetAddress.getByName("127.0.2.50")))
                .isEqualTo(URI.create("http://127.0.2.50:8000/onvif/device_service?x=1"));
        assertThat(natted.deviceServiceAt(java.net.InetAddress.getByName("::1")))
                .isEqualTo(URI.create("http://[::1]:8000/onvif/device_service?x=1"));
        assertThat(direct.deviceServiceAt(java.net.InetAddress.getByName("fe80::1")))
                .isEqualTo(URI.create("http://[fe80::1]/onvif/device_service"));
        assertThat(direct.deviceServiceAt(java.net.InetAddress.getByName("192.168.1.64")))
                .isEqualTo(URI.create("http://192.168.1.64/onvif/device_service"));
        assertThat(none.deviceServiceAt(java.net.InetAddress.getByName("127.0.2.50"))).isNull();
    }

    @Test
    void readsTheWsDiscovery11NamespacesToo() throws Exception {
        String xml = probeMatches("urn:uuid:ours", match("urn:uuid:x", "http://10.0.0.5:8000/onvif/device_service"))
                .replace("http://schemas.xmlsoap.org/ws/2005/04/discovery", "http://docs.oasis-open.org/ws-dd/ns/discovery/2009/01")
                .replace("http://schemas.xmlsoap.org/ws/2004/08/addressing", "http://www.w3.org/2005/08/addressing");

        assertThat(parse(xml).matches()).singleElement()
                .extracting(WsDiscoveryMatch::xaddrs).asList().containsExactly(URI.create("http://10.0.0.5:8000/onvif/device_service"));
    }

    @Test
    void dropsXAddrsThatAreNotHttpAddresses() throws Exception {
        WsDiscoveryReply reply = parse(probeMatches("urn:uuid:ours", match("urn:uuid:x",
                "javascript:alert(1) file:///etc/passwd ftp://10.0.0.1/ http://%zz not-a-uri http:///nohost "
                        + "https://10.0.0.9/onvif/device_service")));

        assertThat(reply.matches().getFirst().xaddrs()).containsExactly(URI.create("https://10.0.0.9/onvif/device_service"));
    }

    @Test
    void aMatchWithoutAnyOptionalElementIsStillADevice() throws Exception {
        WsDiscoveryReply reply = parse(probeMatches("urn:uuid:ours", "<d:ProbeMatch/>"));

        WsDiscoveryMatch m = reply.matches().getFirst();
        assertThat(m.endpoint()).isNull();
        assertThat(m.types()).isEmpty();
        assertThat(m.scopes()).isEmpty();
        assertThat(m.xaddrs()).isEmpty();
        assertThat(m.metadataVersion()).isEqualTo(-1);
        assertThat(m.observations()).isEmpty();
    }

    @Test
    void aMessageWithoutProbeMatchesHasNoMatches() throws Exception {
        String hello = probeMatches("urn:uuid:ours", "").replace("<d:ProbeMatches></d:ProbeMatches>",
                "<d:Hello><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Hello>");

        assertThat(parse(hello).matches()).isEmpty();
    }

    @Test
    void capsTheNumberOfMatches() throws Exception {
        WsDiscoveryReply reply = parse(probeMatches("urn:uuid:ours", match("urn:uuid:x", "http://10.0.0.1/").repeat(100)));

        assertThat(reply.matches()).hasSize(WsDiscoveryReply.MAX_MATCHES);
    }

    @Test
    void capsTheNumberOfScopesXAddrsAndTypes() throws Exception {
        String many = "<d:ProbeMatch><d:Types>" + "dn:NetworkVideoTransmitter ".repeat(100) + "</d:Types>"
                + "<d:Scopes>" + "onvif://www.onvif.org/name/x ".repeat(1000) + "</d:Scopes>"
                + "<d:XAddrs>" + "http://10.0.0.1/a ".repeat(1000) + "</d:XAddrs></d:ProbeMatch>";

        WsDiscoveryMatch m = parse(probeMatches("urn:uuid:ours", many)).matches().getFirst();

        assertThat(m.types()).hasSize(WsDiscoveryReply.MAX_TYPES);
        assertThat(m.scopes()).hasSize(WsDiscoveryReply.MAX_SCOPES);
        assertThat(m.xaddrs()).hasSize(WsDiscoveryReply.MAX_XADDRS);
    }

    @Test
    void aScopeLongerThanTheTextLimitIsDropped() throws Exception {
        String huge = "onvif://www.onvif.org/name/" + "A".repeat(5000);
        WsDiscoveryReply reply = parse(probeMatches("urn:uuid:ours",
                "<d:ProbeMatch><d:Scopes>" + huge + " onvif://www.onvif.org/name/ok</d:Scopes></d:ProbeMatch>"));

        assertThat(reply.matches().getFirst().name()).isEqualTo("ok");
    }

    @Test
    void rejectsWhatIsNotAReadableEnvelope() {
        assertThatThrownBy(() -> parse("lollipop")).isInstanceOf(SafeXml.Rejected.class)
                .hasMessageStartingWith("not well-formed XML");
        assertThatThrownBy(() -> parse("<html><body>hello</body></html>")).isInstanceOf(SafeXml.Rejected.class)
                .hasMessage("not a SOAP envelope: root element is <html>");
        String full = probeMatches("urn:uuid:ours", match("urn:uuid:x", "http://10.0.0.1/"));
        assertThatThrownBy(() -> parse(full.substring(0, full.length() / 2))).isInstanceOf(SafeXml.Rejected.class);
    }

    @Test
    void rejectsXxeInADatagram() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + probeMatches("&x;", "").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());

        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(SafeXml.Rejected.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void rejectsADatagramLargerThanUdpAllows() {
        byte[] huge = new byte[WsDiscoveryReply.MAX_BYTES + 1];

        assertThatThrownBy(() -> WsDiscoveryReply.parse(huge, huge.length, FROM)).isInstanceOf(SafeXml.Rejected.class)
                .hasMessageContaining("larger than the limit");
    }
}
