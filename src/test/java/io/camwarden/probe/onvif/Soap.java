package io.camwarden.probe.onvif;

import io.camwarden.discovery.SafeXml;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Element;

/** SOAP 1.2 responses as devices write them (gSOAP-style prefixes), for parser tests. */
final class Soap {

    static final String NAMESPACES = " xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\""
            + " xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" xmlns:trt=\"http://www.onvif.org/ver10/media/wsdl\""
            + " xmlns:tt=\"http://www.onvif.org/ver10/schema\" xmlns:ter=\"http://www.onvif.org/ver10/error\"";

    private Soap() {
    }

    static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope" + NAMESPACES + "><SOAP-ENV:Body>" + body
                + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }

    static SoapMessage read(String xml) throws SafeXml.Rejected {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        return SoapMessage.read(b, b.length, 512 * 1024);
    }

    /** The response element of {@code <SOAP-ENV:Body>body</SOAP-ENV:Body>}. */
    static Element payload(String body) throws SafeXml.Rejected {
        return read(envelope(body)).payload();
    }
}
