package io.camwarden.probe.onvif;

import io.camwarden.discovery.SafeXml;
import io.camwarden.discovery.XmlElements;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What a SOAP response carries: the response element of the operation, or a fault. */
record SoapMessage(Element payload, SoapFault fault) {

    /**
     * Reads a SOAP 1.2 or 1.1 envelope.
     *
     * @throws SafeXml.Rejected when the bytes are not a readable SOAP envelope with a non-empty Body
     */
    static SoapMessage read(byte[] body, int length, int maxBytes) throws SafeXml.Rejected {
        Document doc = SafeXml.parse(body, length, maxBytes);
        Element envelope = doc.getDocumentElement();
        String ns = envelope.getNamespaceURI();
        if (!"Envelope".equals(envelope.getLocalName())
                || !(EnvelopeForm.NS_SOAP12.equals(ns) || EnvelopeForm.NS_SOAP11.equals(ns))) {
            throw new SafeXml.Rejected("not a SOAP envelope: root element is <" + envelope.getNodeName() + ">");
        }
        Element payload = XmlElements.firstChild(XmlElements.path(envelope, "Body"));
        if (payload == null) {
            throw new SafeXml.Rejected("SOAP envelope without a Body element or with an empty Body");
        }
        if ("Fault".equals(payload.getLocalName())) {
            return new SoapMessage(null, SoapFault.from(payload));
        }
        return new SoapMessage(payload, null);
    }
}
