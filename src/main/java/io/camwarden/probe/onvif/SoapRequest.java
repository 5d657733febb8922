package io.camwarden.probe.onvif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of one ONVIF request as a small element tree, so each {@link EnvelopeForm} can write it the way a
 * particular device insists on (default namespaces, or tds:/trt:/tt: prefixes). Texts are escaped when written.
 */
record SoapRequest(String namespace, String name, String text, List<SoapRequest> children) {

    SoapRequest {
        children = List.copyOf(children);
    }

    static SoapRequest element(String namespace, String name, SoapRequest... children) {
        return new SoapRequest(namespace, name, null, List.of(children));
    }

    static SoapRequest leaf(String namespace, String name, String text) {
        return new SoapRequest(namespace, name, text, List.of());
    }

    /** The SOAP action ONVIF defines for an operation: its namespace, a slash, its name. */
    String action() {
        return namespace + "/" + name;
    }

    /** Every element's namespace gets a prefix: the conventional one, or ns0, ns1, ... */
    Map<String, String> prefixes() {
        Map<String, String> out = new LinkedHashMap<>();
        collect(this, out);
        return out;
    }

    private static void collect(SoapRequest r, Map<String, String> out) {
        if (!out.containsKey(r.namespace)) {
            String p = OnvifNamespaces.conventionalPrefix(r.namespace);
            out.put(r.namespace, p != null ? p : "ns" + out.size());
        }
        r.children.forEach(c -> collect(c, out));
    }

    /** {@code <GetX xmlns="...">}, a new default namespace wherever the namespace changes. */
    void writeUnprefixed(StringBuilder out, String parentNamespace) {
        out.append('<').append(name);
        if (!namespace.equals(parentNamespace)) {
            out.append(" xmlns=\"").append(Xml.escape(namespace)).append('"');
        }
        if (text == null && children.isEmpty()) {
            // A space before "/>": some devices find the operation name by reading up to the first space.
            out.append(" />");
            return;
        }
        out.append('>');
        if (text != null) {
            out.append(Xml.escape(text));
        }
        children.forEach(c -> c.writeUnprefixed(out, namespace));
        out.append("</").append(name).append('>');
    }

    /** {@code <tds:GetX>}, prefixes declared by the envelope. */
    void writePrefixed(StringBuilder out, Map<String, String> prefixes) {
        String qname = prefixes.get(namespace) + ":" + name;
        out.append('<').append(qname);
        if (text == null && children.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        if (text != null) {
            out.append(Xml.escape(text));
        }
        children.forEach(c -> c.writePrefixed(out, prefixes));
        out.append("</").append(qname).append('>');
    }
}
