package io.camwarden.probe.onvif;

import io.camwarden.discovery.XmlElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A SOAP fault exactly as the device sent it: its code, its subcodes from outermost to innermost (ONVIF puts the
 * meaning there, e.g. env:Sender / ter:NotAuthorized), its reason text and detail.
 */
public record SoapFault(FaultCode code, List<FaultCode> subcodes, String reason, String detail) {

    /** SOAP subcodes are nested; a device nesting deeper than this is not worth following. */
    static final int MAX_SUBCODES = 8;

    /**
     * Fault codes that mean "who you are was not accepted": ONVIF's ter:NotAuthorized, the WS-Security 1.0 faults
     * (wsse:FailedAuthentication, wsse:InvalidSecurity, wsse:MessageExpired, ...), and WSS4J's SecurityError.
     */
    private static final Set<String> AUTHENTICATION_FAULTS = Set.of("NotAuthorized", "FailedAuthentication",
            "InvalidSecurity", "InvalidSecurityToken", "UnsupportedSecurityToken", "SecurityTokenUnavailable",
            "FailedCheck", "MessageExpired", "SecurityError");

    public SoapFault {
        subcodes = List.copyOf(subcodes);
    }

    /** One fault code: the namespace its prefix resolved to (null if undeclared) and its local name. */
    public record FaultCode(String namespace, String localName, String asSent) {

        /** The code in an element's text, its prefix resolved where it stands (often declared on it). */
        static FaultCode of(Element value) {
            String text = XmlElements.text(value);
            if (text == null) {
                return null;
            }
            int colon = text.indexOf(':');
            String prefix = colon < 0 ? null : text.substring(0, colon);
            String local = colon < 0 ? text : text.substring(colon + 1);
            return new FaultCode(value.lookupNamespaceURI(prefix), local, text);
        }

        @Override
        public String toString() {
            return asSent;
        }
    }

    /** The innermost subcode, or the code when there is none: the most specific thing the device said. */
    public FaultCode mostSpecific() {
        return subcodes.isEmpty() ? code : subcodes.getLast();
    }

    /** True when the device refused the caller's identity (missing, wrong or expired credentials). */
    public boolean isAuthenticationFailure() {
        if (code != null && AUTHENTICATION_FAULTS.contains(code.localName())) {
            return true;
        }
        return subcodes.stream().anyMatch(s -> AUTHENTICATION_FAULTS.contains(s.localName()));
    }

    /** The fault a SOAP 1.2 node sends when it does not speak the envelope's SOAP version. */
    public boolean isVersionMismatch() {
        return code != null && "VersionMismatch".equals(code.localName());
    }

    /** Reads a SOAP 1.2 ({@code Code/Value}, {@code Reason/Text}) or SOAP 1.1 ({@code faultcode}) Fault element. */
    static SoapFault from(Element fault) {
        Element code12 = XmlElements.path(fault, "Code");
        if (code12 != null) {
            List<FaultCode> subcodes = new ArrayList<>();
            Element sub = XmlElements.path(code12, "Subcode");
            while (sub != null && subcodes.size() < MAX_SUBCODES) {
                FaultCode c = FaultCode.of(XmlElements.path(sub, "Value"));
                if (c != null) {
                    subcodes.add(c);
                }
                sub = XmlElements.path(sub, "Subcode");
            }
            return new SoapFault(FaultCode.of(XmlElements.path(code12, "Value")), subcodes,
                    XmlElements.text(fault, "Reason", "Text"), XmlElements.text(fault, "Detail"));
        }
        return new SoapFault(FaultCode.of(XmlElements.path(fault, "faultcode")), List.of(),
                XmlElements.text(fault, "faultstring"), XmlElements.text(fault, "detail"));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.valueOf(code));
        subcodes.forEach(c -> s.append(" / ").append(c));
        if (reason != null) {
            s.append(": ").append(reason);
        }
        return s.toString();
    }
}
