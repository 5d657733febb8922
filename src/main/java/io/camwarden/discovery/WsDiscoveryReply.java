package io.camwarden.discovery;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A parsed WS-Discovery datagram: which Probe it answers (RelatesTo) and the ProbeMatches it carries. Namespaces
 * are not checked (devices use both the 2005/04 and the 2009/01 WS-Discovery namespaces); the shape is.
 */
public record WsDiscoveryReply(String relatesTo, List<WsDiscoveryMatch> matches) {

    /** A UDP datagram is at most this big; a reply claiming more is not one. */
    public static final int MAX_BYTES = 65_507;
    static final int MAX_MATCHES = 16;
    static final int MAX_SCOPES = 64;
    static final int MAX_XADDRS = 16;
    static final int MAX_TYPES = 16;

    public WsDiscoveryReply {
        matches = List.copyOf(matches);
    }

    /**
     * Parses one datagram received from {@code from}.
     *
     * @throws SafeXml.Rejected when it is not a SOAP envelope we can read
     */
    public static WsDiscoveryReply parse(byte[] datagram, int length, InetSocketAddress from) throws SafeXml.Rejected {
        Document doc = SafeXml.parse(datagram, length, MAX_BYTES);
        Element envelope = doc.getDocumentElement();
        if (!"Envelope".equals(envelope.getLocalName())) {
            throw new SafeXml.Rejected("not a SOAP envelope: root element is <" + envelope.getNodeName() + ">");
        }
        String relatesTo = XmlElements.text(envelope, "Header", "RelatesTo");
        Element probeMatches = XmlElements.path(envelope, "Body", "ProbeMatches");
        List<WsDiscoveryMatch> matches = new ArrayList<>();
        for (Element m : XmlElements.children(probeMatches, "ProbeMatch", MAX_MATCHES)) {
            matches.add(new WsDiscoveryMatch(from,
                    XmlElements.text(m, "EndpointReference", "Address"),
                    XmlElements.tokens(m, "Types", MAX_TYPES),
                    OnvifScope.parseAll(XmlElements.tokens(m, "Scopes", MAX_SCOPES)),
                    httpUris(XmlElements.tokens(m, "XAddrs", MAX_XADDRS)),
                    XmlElements.integer(m, -1, "MetadataVersion")));
        }
        return new WsDiscoveryReply(relatesTo, matches);
    }

    private static List<URI> httpUris(List<String> tokens) {
        List<URI> out = new ArrayList<>();
        for (String t : tokens) {
            URI u = XAddrs.parse(t);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }
}
