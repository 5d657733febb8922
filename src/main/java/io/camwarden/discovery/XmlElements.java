package io.camwarden.discovery;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading a parsed device message by element local names. Devices disagree on namespaces and prefixes far more
 * than on element names, so matching is by local name; every list and every text is capped, whatever the device
 * sent.
 */
public final class XmlElements {

    /** Longest text we keep from one element; real values (model, firmware, URI) are far shorter. */
    public static final int MAX_TEXT = 1024;

    private XmlElements() {
    }

    /** Direct child elements called {@code localName}, at most {@code max} of them. */
    public static List<Element> children(Element parent, String localName, int max) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null && out.size() < max; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Direct child elements whatever their names, at most {@code max} of them. */
    public static List<Element> children(Element parent, int max) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null && out.size() < max;
                n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first direct child element, whatever its name, or null. */
    public static Element firstChild(Element parent) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** The element reached by following direct children with these local names, or null. */
    public static Element path(Element from, String... localNames) {
        Element at = from;
        for (String name : localNames) {
            if (at == null) {
                return null;
            }
            List<Element> next = children(at, name, 1);
            at = next.isEmpty() ? null : next.getFirst();
        }
        return at;
    }

    /** Trimmed text of the element at {@link #path}, capped at {@link #MAX_TEXT}; null when absent or blank. */
    public static String text(Element from, String... localNames) {
        Element e = path(from, localNames);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        if (t == null) {
            return null;
        }
        t = t.strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    /** Whitespace-separated tokens of the element's text (WS-Discovery lists), at most {@code max}. */
    public static List<String> tokens(Element from, String localName, int max) {
        Element e = path(from, localName);
        List<String> out = new ArrayList<>();
        if (e == null || e.getTextContent() == null) {
            return out;
        }
        for (String token : e.getTextContent().strip().split("\\s+")) {
            if (out.size() >= max) {
                break;
            }
            if (!token.isEmpty() && token.length() <= MAX_TEXT) {
                out.add(token);
            }
        }
        return out;
    }

    /** The integer text of the element at the path, or {@code fallback} when absent or not a number. */
    public static int integer(Element from, int fallback, String... localNames) {
        String t = text(from, localNames);
        if (t == null || t.length() > 10) {
            return fallback;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
