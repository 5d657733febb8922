package io.camwarden.discovery;

import java.nio.charset.StandardCharsets;

/** The WS-Discovery (2005/04, as ONVIF uses it) Probe message, SOAP 1.2 over UDP. */
final class WsDiscoveryMessages {

    static final String NS_ADDRESSING = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    static final String NS_DISCOVERY = "http://schemas.xmlsoap.org/ws/2005/04/discovery";
    static final String PROBE_ACTION = NS_DISCOVERY + "/Probe";
    /** The well-known "To" of a discovery Probe (WS-Discovery 2005/04, section 2.4). */
    static final String DISCOVERY_URN = "urn:schemas-xmlsoap-org:ws:2005:04:discovery";

    private WsDiscoveryMessages() {
    }

    /** A Probe with the given message id (a urn:uuid:...), asking for one type or, with ANY, for everything. */
    static byte[] probe(String messageId, WsDiscoveryProbeType type) {
        String typeNs = type.namespace == null ? "" : " xmlns:" + type.prefix + "=\"" + type.namespace + "\"";
        String types = type.namespace == null ? "" : "<d:Types>" + type.prefix + ":" + type.localName + "</d:Types>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:a=\"" + NS_ADDRESSING
                + "\" xmlns:d=\"" + NS_DISCOVERY + "\"" + typeNs + ">"
                + "<s:Header>"
                + "<a:Action s:mustUnderstand=\"1\">" + PROBE_ACTION + "</a:Action>"
                + "<a:MessageID>" + messageId + "</a:MessageID>"
                + "<a:ReplyTo><a:Address>" + NS_ADDRESSING + "/role/anonymous</a:Address></a:ReplyTo>"
                + "<a:To s:mustUnderstand=\"1\">" + DISCOVERY_URN + "</a:To>"
                + "</s:Header>"
                + "<s:Body><d:Probe>" + types + "</d:Probe></s:Body>"
                + "</s:Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
