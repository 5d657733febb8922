package io.camwarden.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one XML parser for what cameras send us (SOAP over HTTP, WS-Discovery over UDP). Everything it reads came
 * from an untrusted device, so it refuses any DOCTYPE (no entities, no XXE, no billion laughs), fetches nothing,
 * caps the input size and the element depth, and reports every problem as {@link Rejected} instead of throwing
 * whatever the parser happened to throw.
 */
public final class SafeXml {

    /** Deeper than any SOAP message we parse; protects the recursive DOM walk and the parser's stack. */
    static final int MAX_DEPTH = 64;

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    private SafeXml() {
    }

    /** Why a message was not parsed; the message says it in words an operator can read. */
    public static final class Rejected extends Exception {
        public Rejected(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Parses {@code length} bytes of {@code bytes} into a namespace-aware DOM.
     *
     * @throws Rejected when the input is larger than {@code maxBytes}, empty, not well-formed, or has a DOCTYPE
     */
    public static Document parse(byte[] bytes, int length, int maxBytes) throws Rejected {
        if (length > maxBytes) {
            throw new Rejected("message of " + length + " bytes is larger than the limit of " + maxBytes);
        }
        if (length == 0) {
            throw new Rejected("empty message");
        }
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(bytes, 0, length));
        } catch (SAXException e) {
            throw new Rejected("not well-formed XML: " + oneLine(e.getMessage()));
        } catch (IOException | ParserConfigurationException | RuntimeException e) {
            // The JDK parser signals some limits (depth, attribute count) with runtime exceptions.
            throw new Rejected("unreadable XML: " + oneLine(String.valueOf(e.getMessage())));
        } catch (StackOverflowError e) {
            throw new Rejected("XML nested too deeply");
        }
    }

    private static String oneLine(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setCoalescing(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser does not support hardening: " + e.getMessage(), e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
        f.setAttribute("http://www.oracle.com/xml/jaxp/properties/elementAttributeLimit", "64");
        return f;
    }
}
