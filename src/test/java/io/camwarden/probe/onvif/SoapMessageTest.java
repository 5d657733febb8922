package io.camwarden.probe.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.discovery.SafeXml;
import io.camwarden.probe.onvif.SoapFault.FaultCode;
import org.junit.jupiter.api.Test;

class SoapMessageTest {

    @Test
    void theOnvifNotAuthorizedFaultWithNestedSubcodes() throws Exception {
        SoapMessage m = Soap.read(Soap.envelope("<SOAP-ENV:Fault><SOAP-ENV:Code><SOAP-ENV:Value>SOAP-ENV:Sender</SOAP-ENV:Value>"
                + "<SOAP-ENV:Subcode><SOAP-ENV:Value>ter:NotAuthorized</SOAP-ENV:Value></SOAP-ENV:Subcode></SOAP-ENV:Code>"
                + "<SOAP-ENV:Reason><SOAP-ENV:Text xml:lang=\"en\">Sender not Authorized</SOAP-ENV:Text></SOAP-ENV:Reason>"
                + "</SOAP-ENV:Fault>"));

        SoapFault f = m.fault();
        assertThat(m.payload()).isNull();
        assertThat(f.code()).isEqualTo(new FaultCode("http://www.w3.org/2003/05/soap-envelope", "Sender", "SOAP-ENV:Sender"));
        assertThat(f.subcodes()).containsExactly(new FaultCode("http://www.onvif.org/ver10/error", "NotAuthorized",
                "ter:NotAuthorized"));
        assertThat(f.reason()).isEqualTo("Sender not Authorized");
        assertThat(f.isAuthenticationFailure()).isTrue();
        assertThat(f.toString()).isEqualTo("SOAP-ENV:Sender / ter:NotAuthorized: Sender not Authorized");
    }

    @Test
    void aSubcodePrefixDeclaredOnTheValueElementResolves() throws Exception {
        // As Apache CXF/WSS4J write it.
        SoapMessage m = Soap.read("<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body>"
                + "<soap:Fault><soap:Code><soap:Value>soap:Sender</soap:Value><soap:Subcode>"
                + "<soap:Value xmlns:ns1=\"http://ws.apache.org/wss4j\">ns1:SecurityError</soap:Value></soap:Subcode>"
                + "</soap:Code><soap:Reason><soap:Text xml:lang=\"en\">A security error</soap:Text></soap:Reason>"
                + "</soap:Fault></soap:Body></soap:Envelope>");

        assertThat(m.fault().mostSpecific()).isEqualTo(new FaultCode("http://ws.apache.org/wss4j", "SecurityError",
                "ns1:SecurityError"));
        assertThat(m.fault().isAuthenticationFailure()).isTrue();
    }

    @Test
    void deeplyNestedSubcodesAreFollowedOnlySoFar() throws Exception {
        String nested = "<SOAP-ENV:Subcode><SOAP-ENV:Value>ter:X</SOAP-ENV:Value>".repeat(20)
                + "</SOAP-ENV:Subcode>".repeat(20);
        SoapMessage m = Soap.read(Soap.envelope("<SOAP-ENV:Fault><SOAP-ENV:Code><SOAP-ENV:Value>SOAP-ENV:Receiver"
                + "</SOAP-ENV:Value>" + nested + "</SOAP-ENV:Code></SOAP-ENV:Fault>"));

        assertThat(m.fault().subcodes()).hasSize(SoapFault.MAX_SUBCODES);
        assertThat(m.fault().reason()).isNull();
        assertThat(m.fault().isAuthenticationFailure()).isFalse();
    }

    @Test
    void aSoap11FaultWithAnUndeclaredPrefix() throws Exception {
        SoapMessage m = Soap.read("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                + "<faultcode>wsse:FailedAuthentication</faultcode><faultstring>bad password</faultstring>"
                + "<detail>user admin</detail></s:Fault></s:Body></s:Envelope>");

        SoapFault f = m.fault();
        assertThat(f.code()).isEqualTo(new FaultCode(null, "FailedAuthentication", "wsse:FailedAuthentication"));
        assertThat(f.reason()).isEqualTo("bad password");
        assertThat(f.detail()).isEqualTo("user admin");
        assertThat(f.isAuthenticationFailure()).isTrue();
        assertThat(f.isVersionMismatch()).isFalse();
    }

    @Test
    void versionMismatchIsRecognised() throws Exception {
        SoapMessage m = Soap.read(Soap.envelope("<SOAP-ENV:Fault><SOAP-ENV:Code><SOAP-ENV:Value>SOAP-ENV:VersionMismatch"
                + "</SOAP-ENV:Value></SOAP-ENV:Code></SOAP-ENV:Fault>"));

        assertThat(m.fault().isVersionMismatch()).isTrue();
        assertThat(m.fault().subcodes()).isEmpty();
        assertThat(m.fault().mostSpecific().localName()).isEqualTo("VersionMismatch");
    }

    @Test
    void aFaultWithoutCodeDoesNotBreakTheReader() throws Exception {
        SoapMessage m = Soap.read(Soap.envelope("<SOAP-ENV:Fault/>"));

        assertThat(m.fault().code()).isNull();
        assertThat(m.fault().mostSpecific()).isNull();
        assertThat(m.fault().isAuthenticationFailure()).isFalse();
        assertThat(m.fault().toString()).isEqualTo("null");
    }

    @Test
    void theResponseElementIsThePayload() throws Exception {
        SoapMessage m = Soap.read(Soap.envelope("<tds:GetScopesResponse/>"));

        assertThat(m.fault()).isNull();
        assertThat(m.payload().getLocalName()).isEqualTo("GetScopesResponse");
    }

    @Test
    void rejectsWhatIsNotASoapEnvelope() {
        assertThatThrownBy(() -> Soap.read("<Envelope><Body><x/></Body></Envelope>")).isInstanceOf(SafeXml.Rejected.class)
                .hasMessage("not a SOAP envelope: root element is <Envelope>");
        assertThatThrownBy(() -> Soap.read("<html><title>Login</title></html>")).isInstanceOf(SafeXml.Rejected.class);
        assertThatThrownBy(() -> Soap.read(Soap.envelope(""))).isInstanceOf(SafeXml.Rejected.class)
                .hasMessage("SOAP envelope without a Body element or with an empty Body");
        assertThatThrownBy(() -> Soap.read("<SOAP-ENV:Envelope" + Soap.NAMESPACES + "/>"))
                .isInstanceOf(SafeXml.Rejected.class);
        String full = Soap.envelope("<tds:GetScopesResponse/>");
        assertThatThrownBy(() -> Soap.read(full.substring(0, full.length() - 10))).isInstanceOf(SafeXml.Rejected.class);
    }

    @Test
    void rejectsXxeInAResponse() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<SOAP-ENV:Envelope" + Soap.NAMESPACES + "><SOAP-ENV:Body><tds:GetDeviceInformationResponse>"
                + "<tds:Manufacturer>&e;</tds:Manufacturer></tds:GetDeviceInformationResponse></SOAP-ENV:Body>"
                + "</SOAP-ENV:Envelope>";

        assertThatThrownBy(() -> Soap.read(xxe)).isInstanceOf(SafeXml.Rejected.class).hasMessageContaining("DOCTYPE");
    }
}
