package io.camwarden.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class WsDiscoveryMessagesTest {

    private static Element read(byte[] probe) throws SafeXml.Rejected {
        Document doc = SafeXml.parse(probe, probe.length, 4096);
        return doc.getDocumentElement();
    }

    @Test
    void aProbeCarriesItsMessageIdActionAndType() throws Exception {
        Element env = read(WsDiscoveryMessages.probe("urn:uuid:1234", WsDiscoveryProbeType.NETWORK_VIDEO_TRANSMITTER));

        assertThat(XmlElements.text(env, "Header", "MessageID")).isEqualTo("urn:uuid:1234");
        assertThat(XmlElements.text(env, "Header", "Action"))
                .isEqualTo("http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe");
        assertThat(XmlElements.text(env, "Header", "To")).isEqualTo("urn:schemas-xmlsoap-org:ws:2005:04:discovery");
        Element types = XmlElements.path(env, "Body", "Probe", "Types");
        assertThat(types.getTextContent()).isEqualTo("dn:NetworkVideoTransmitter");
        assertThat(types.lookupNamespaceURI("dn")).isEqualTo("http://www.onvif.org/ver10/network/wsdl");
        assertThat(XmlElements.path(env, "Body", "Probe").getNamespaceURI())
                .isEqualTo("http://schemas.xmlsoap.org/ws/2005/04/discovery");
    }

    @Test
    void aDeviceProbeAsksForTdsDevice() throws Exception {
        Element env = read(WsDiscoveryMessages.probe("urn:uuid:1", WsDiscoveryProbeType.DEVICE));

        Element types = XmlElements.path(env, "Body", "Probe", "Types");
        assertThat(types.getTextContent()).isEqualTo("tds:Device");
        assertThat(types.lookupNamespaceURI("tds")).isEqualTo("http://www.onvif.org/ver10/device/wsdl");
    }

    @Test
    void anAnyProbeHasNoTypes() throws Exception {
        Element env = read(WsDiscoveryMessages.probe("urn:uuid:1", WsDiscoveryProbeType.ANY));

        assertThat(XmlElements.path(env, "Body", "Probe")).isNotNull();
        assertThat(XmlElements.path(env, "Body", "Probe", "Types")).isNull();
    }

    @Test
    void aProbeFitsInOneDatagramOnAnyNetwork() {
        // 576 bytes is the IPv4 datagram every host must accept; a Probe should never need fragmenting.
        assertThat(WsDiscoveryMessages.probe("urn:uuid:" + "f".repeat(36), WsDiscoveryProbeType.NETWORK_VIDEO_TRANSMITTER))
                .hasSizeLessThan(1200);
    }
}
