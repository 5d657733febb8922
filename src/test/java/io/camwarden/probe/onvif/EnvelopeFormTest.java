package io.camwarden.probe.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.discovery.SafeXml;
import io.camwarden.discovery.XmlElements;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class EnvelopeFormTest {

    private static final SoapRequest STREAM_URI = SoapRequest.element(OnvifNamespaces.MEDIA, "GetStreamUri",
            SoapRequest.element(OnvifNamespaces.MEDIA, "StreamSetup",
                    SoapRequest.leaf(OnvifNamespaces.SCHEMA, "Stream", "RTP-Unicast"),
                    SoapRequest.element(OnvifNamespaces.SCHEMA, "Transport",
                            SoapRequest.leaf(OnvifNamespaces.SCHEMA, "Protocol", "RTSP"))),
            SoapRequest.leaf(OnvifNamespaces.MEDIA, "ProfileToken", "a<b&c"));

    private static Element parse(byte[] request) throws SafeXml.Rejected {
        return SafeXml.parse(request, request.length, 8192).getDocumentElement();
    }

    @Test
    void everyFormWritesTheSameRequestInItsOwnWay() throws Exception {
        for (EnvelopeForm form : EnvelopeForm.values()) {
            Element envelope = parse(form.write(STREAM_URI, null));
            String soapNs = form == EnvelopeForm.SOAP11 ? EnvelopeForm.NS_SOAP11 : EnvelopeForm.NS_SOAP12;

            assertThat(envelope.getNamespaceURI()).as(form.name()).isEqualTo(soapNs);
            Element op = XmlElements.path(envelope, "Body", "GetStreamUri");
            assertThat(op.getNamespaceURI()).isEqualTo(OnvifNamespaces.MEDIA);
            assertThat(XmlElements.path(op, "StreamSetup").getNamespaceURI()).isEqualTo(OnvifNamespaces.MEDIA);
            Element protocol = XmlElements.path(op, "StreamSetup", "Transport", "Protocol");
            assertThat(protocol.getNamespaceURI()).isEqualTo(OnvifNamespaces.SCHEMA);
            assertThat(protocol.getTextContent()).isEqualTo("RTSP");
            assertThat(XmlElements.text(op, "ProfileToken")).isEqualTo("a<b&c");
            assertThat(XmlElements.path(envelope, "Header")).isNull();
        }
    }

    @Test
    void thePrefixedFormUsesTheConventionalPrefixes() {
        String xml = new String(EnvelopeForm.SOAP12_PREFIXED.write(STREAM_URI, null), StandardCharsets.UTF_8);

        assertThat(xml).contains("<trt:GetStreamUri><trt:StreamSetup><tt:Stream>RTP-Unicast</tt:Stream>",
                "xmlns:trt=\"http://www.onvif.org/ver10/media/wsdl\"", "xmlns:tt=\"http://www.onvif.org/ver10/schema\"");
    }

    @Test
    void anUnknownNamespaceGetsAGeneratedPrefix() throws Exception {
        SoapRequest op = SoapRequest.element("urn:vendor", "GetX", SoapRequest.leaf(OnvifNamespaces.SCHEMA, "Y", "1"));

        Element envelope = parse(EnvelopeForm.SOAP12_PREFIXED.write(op, null));

        assertThat(XmlElements.path(envelope, "Body", "GetX").getPrefix()).isEqualTo("ns0");
        assertThat(XmlElements.path(envelope, "Body", "GetX", "Y").getPrefix()).isEqualTo("tt");
    }

    @Test
    void theSoap12FormIsTheExactTextTheOnvifNpmMockMatches() {
        // The mock finds the body and operation with these regular expressions (test/serverMockup.coffee).
        Pattern body = Pattern.compile("<s:Body xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">(.*)</s:Body>");
        Pattern command = Pattern.compile("<(\\S*) ");
        String security = UsernameToken.header("s", new OnvifCredentials("admin", "x"), WsSecurity.PASSWORD_DIGEST,
                java.time.Instant.EPOCH, new byte[16]);

        for (SoapRequest op : new SoapRequest[] {SoapRequest.element(OnvifNamespaces.DEVICE, "GetDeviceInformation"),
                STREAM_URI}) {
            Matcher m = body.matcher(new String(EnvelopeForm.SOAP12.write(op, security), StandardCharsets.UTF_8));
            assertThat(m.find()).isTrue();
            Matcher c = command.matcher(m.group(1));
            assertThat(c.find()).isTrue();
            assertThat(c.group(1)).isEqualTo(op.name());
        }
    }

    @Test
    void contentTypesAndSoapActions() {
        String action = "http://www.onvif.org/ver10/device/wsdl/GetScopes";

        assertThat(EnvelopeForm.SOAP12.contentType(action))
                .isEqualTo("application/soap+xml; charset=utf-8; action=\"" + action + "\"");
        assertThat(EnvelopeForm.SOAP12.soapActionHeader(action)).isNull();
        assertThat(EnvelopeForm.SOAP11.contentType(action)).isEqualTo("text/xml; charset=utf-8");
        assertThat(EnvelopeForm.SOAP11.soapActionHeader(action)).isEqualTo("\"" + action + "\"");
        assertThat(SoapRequest.element(OnvifNamespaces.DEVICE, "GetScopes").action()).isEqualTo(action);
    }

    @Test
    void theSecurityHeaderUsesTheEnvelopesPrefix() throws Exception {
        for (EnvelopeForm form : EnvelopeForm.values()) {
            String security = UsernameToken.header(form.envelopePrefix(), new OnvifCredentials("u", "p"),
                    WsSecurity.PASSWORD_DIGEST, java.time.Instant.EPOCH, new byte[16]);
            Element envelope = parse(form.write(SoapRequest.element(OnvifNamespaces.DEVICE, "GetUsers"), security));
            Element sec = XmlElements.path(envelope, "Header", "Security");

            assertThat(sec.getAttributeNS(envelope.getNamespaceURI(), "mustUnderstand")).as(form.name()).isEqualTo("1");
        }
    }
}
