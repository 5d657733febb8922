package io.camwarden.probe.onvif;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The ways of writing one request that devices in the field insist on. Some firmware matches the request text
 * rather than parsing it, and answers only the one form its vendor's client sends (often with an empty HTTP 200
 * otherwise), so the client tries the forms in turn and remembers the one a device answered.
 */
public enum EnvelopeForm {

    /** SOAP 1.2, operation in a default namespace, xsi/xsd declared on Body: what most ONVIF clients send. */
    SOAP12 {
        @Override
        byte[] write(SoapRequest op, String securityHeader) {
            return unprefixed(NS_SOAP12, " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                    + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"", op, securityHeader);
        }
    },

    /** SOAP 1.2 with every namespace prefixed on the envelope (tds:, trt:, tt:), as gSOAP-based clients send. */
    SOAP12_PREFIXED {
        @Override
        byte[] write(SoapRequest op, String securityHeader) {
            Map<String, String> prefixes = op.prefixes();
            StringBuilder out = new StringBuilder(512);
            out.append(XML_DECL).append("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"").append(NS_SOAP12).append('"');
            prefixes.forEach((ns, p) -> out.append(" xmlns:").append(p).append("=\"").append(Xml.escape(ns)).append('"'));
            out.append('>');
            header(out, "SOAP-ENV", securityHeader);
            out.append("<SOAP-ENV:Body>");
            op.writePrefixed(out, prefixes);
            out.append("</SOAP-ENV:Body></SOAP-ENV:Envelope>");
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    },

    /** SOAP 1.1 (text/xml with a SOAPAction header), for old firmware that predates ONVIF's SOAP 1.2 rule. */
    SOAP11 {
        @Override
        byte[] write(SoapRequest op, String securityHeader) {
            return unprefixed(NS_SOAP11, "", op, securityHeader);
        }

        @Override
        String contentType(String action) {
            return "text/xml; charset=utf-8";
        }

        @Override
        String soapActionHeader(String action) {
            return "\"" + action + "\"";
        }
    };

    static final String NS_SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    static final String NS_SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** The whole request; {@code securityHeader} is null or a header element written for this form's prefix. */
    abstract byte[] write(SoapRequest op, String securityHeader);

    /** The envelope prefix a Security header must use for mustUnderstand. */
    String envelopePrefix() {
        return this == SOAP12_PREFIXED ? "SOAP-ENV" : "s";
    }

    String contentType(String action) {
        return "application/soap+xml; charset=utf-8; action=\"" + action + "\"";
    }

    /** The SOAPAction HTTP header, or null when the form does not use one. */
    String soapActionHeader(String action) {
        return null;
    }

    /** {@code <s:Envelope>} with the operation in default namespaces; {@code bodyAttributes} go on the Body. */
    private static byte[] unprefixed(String soapNamespace, String bodyAttributes, SoapRequest op,
                                     String securityHeader) {
        StringBuilder out = new StringBuilder(512);
        out.append(XML_DECL).append("<s:Envelope xmlns:s=\"").append(soapNamespace).append("\">");
        header(out, "s", securityHeader);
        out.append("<s:Body").append(bodyAttributes).append('>');
        op.writeUnprefixed(out, null);
        out.append("</s:Body></s:Envelope>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder out, String prefix, String securityHeader) {
        if (securityHeader != null) {
            out.append('<').append(prefix).append(":Header>").append(securityHeader)
                    .append("</").append(prefix).append(":Header>");
        }
    }
}
