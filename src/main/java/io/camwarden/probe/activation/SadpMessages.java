package io.camwarden.probe.activation;

import io.camwarden.discovery.SafeXml;
import io.camwarden.discovery.XmlElements;
import io.camwarden.probe.Printable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * Hikvision SADP (Search Active Devices Protocol) on udp/37020: the inquiry CamWarden sends and the ProbeMatch a
 * device answers with, whose {@code <Activated>false</Activated>} marks a device that has no password yet and
 * can be claimed by whoever reaches it first. Replies are XML, read with the hardened parser (no DOCTYPE, size
 * and depth limits), at most {@link #MAX_REPLY} bytes.
 */
public final class SadpMessages {

    public static final int PORT = 37020;
    static final int MAX_REPLY = 8 * 1024;

    private SadpMessages() {
    }

    /** The inquiry SADP tools multicast; sent unicast here, since multicast does not cross routers. */
    public static byte[] inquiry(UUID id) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><Probe><Uuid>" + id.toString().toUpperCase(Locale.ROOT)
                + "</Uuid><Types>inquiry</Types></Probe>").getBytes(StandardCharsets.UTF_8);
    }

    /** A ProbeMatch, or empty for anything else (another device's traffic, our own inquiry echoed, garbage). */
    public static Optional<ActivationReply> parse(byte[] data, int length) {
        if (length <= 0 || length > MAX_REPLY) {
            return Optional.empty();
        }
        Element root;
        try {
            root = SafeXml.parse(data, length, MAX_REPLY).getDocumentElement();
        } catch (SafeXml.Rejected e) {
            return Optional.empty();
        }
        // devices spell it ProbeMatch; some OEM firmware writes Probematch
        if (root == null || !root.getLocalName().equalsIgnoreCase("ProbeMatch")) {
            return Optional.empty();
        }
        String activated = text(root, "Activated");
        ActivationReply.State state = activated == null ? ActivationReply.State.UNKNOWN
                : activated.equalsIgnoreCase("false") ? ActivationReply.State.INACTIVE
                : activated.equalsIgnoreCase("true") ? ActivationReply.State.ACTIVATED : ActivationReply.State.UNKNOWN;
        return Optional.of(new ActivationReply("SADP", text(root, "DeviceDescription"), text(root, "DeviceSN"),
                text(root, "SoftwareVersion"), state, "Activated=" + (activated == null ? "(absent)" : activated)));
    }

    private static String text(Element root, String name) {
        String t = XmlElements.text(root, name);
        return t == null ? null : Printable.value(t.strip());
    }
}
