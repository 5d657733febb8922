package io.camwarden.probe.onvif;

import io.camwarden.discovery.XAddrs;
import io.camwarden.discovery.XmlElements;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** One entry of GetServices: a service namespace, where it is advertised, and its version ("2.42"). */
public record OnvifService(String namespace, URI xaddr, String version) {

    static final int MAX_SERVICES = 64;

    static List<OnvifService> listFrom(Element response) {
        List<OnvifService> out = new ArrayList<>();
        for (Element s : XmlElements.children(response, "Service", MAX_SERVICES)) {
            String ns = XmlElements.text(s, "Namespace");
            URI xaddr = XAddrs.parse(XmlElements.text(s, "XAddr"));
            if (ns != null && xaddr != null) {
                String major = XmlElements.text(s, "Version", "Major");
                String minor = XmlElements.text(s, "Version", "Minor");
                out.add(new OnvifService(ns, xaddr, major == null ? null : major + "." + (minor == null ? "0" : minor)));
            }
        }
        return List.copyOf(out);
    }
}
