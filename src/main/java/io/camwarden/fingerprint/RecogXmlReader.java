package io.camwarden.fingerprint;

import com.rapid7.recog.RecogMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a recog fingerprint file into recog-java matchers. We read the XML ourselves rather than with
 * recog-java's {@code RecogParser} because that parser compiles recog's Ruby regular expressions as
 * Java ones verbatim, which breaks multi-line banners (see {@link RubyRegex}); the matchers, their
 * parameters and matching are recog-java's. A fingerprint that cannot be compiled is skipped and
 * reported in {@link RecogDatabase#rejected()}, so one bad entry never hides the rest of the file.
 */
final class RecogXmlReader {

    private RecogXmlReader() {
    }

    static RecogDatabase read(String fileName, InputStream xml) {
        Element root;
        try {
            root = secureFactory().newDocumentBuilder().parse(xml).getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new FingerprintDataException(fileName + " is not a readable recog fingerprint file ("
                    + e.getMessage() + "); restore it from the CamWarden release or re-import the fingerprint data", e);
        }
        if (!"fingerprints".equals(root.getTagName())) {
            throw new FingerprintDataException(fileName + " is not a recog fingerprint file: its root element is <"
                    + root.getTagName() + ">, expected <fingerprints>");
        }
        List<RecogFingerprint> fingerprints = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int index = 0;
        for (Element fingerprint : children(root, "fingerprint")) {
            index++;
            try {
                fingerprints.add(fingerprint(fingerprint));
            } catch (RuntimeException e) {
                rejected.add("fingerprint #" + index + " (pattern " + fingerprint.getAttribute("pattern") + "): "
                        + e.getMessage());
            }
        }
        return new RecogDatabase(fileName, fingerprints, rejected);
    }

    private static RecogFingerprint fingerprint(Element element) {
        String pattern = element.getAttribute("pattern");
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("no pattern");
        }
        RecogMatcher matcher = new RecogMatcher(RubyRegex.compile(pattern, element.getAttribute("flags")));
        for (Element description : children(element, "description")) {
            matcher.setDescription(description.getTextContent().strip().replaceAll("\\s+", " "));
        }
        for (Element example : children(element, "example")) {
            matcher.addExample(exampleText(example));
        }
        Set<String> constants = new HashSet<>();
        for (Element param : children(element, "param")) {
            String name = param.getAttribute("name");
            int pos = Integer.parseInt(param.getAttribute("pos").strip());
            if (name.isEmpty() || pos < 0) {
                throw new IllegalArgumentException("a param needs a name and a position >= 0");
            }
            if (pos == 0) {
                matcher.addValue(name, param.getAttribute("value"));
                constants.add(name);
            } else {
                matcher.addParam(pos, name);
            }
        }
        return new RecogFingerprint(pattern, matcher, constants);
    }

    /** An example's text; base64 examples (binary banners) decode to one char per byte. */
    static String exampleText(Element example) {
        String text = example.getTextContent();
        if ("base64".equals(example.getAttribute("_encoding"))) {
            return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.ISO_8859_1);
        }
        return text;
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** No DTDs, no external entities: fingerprint files may arrive in imported bundles. */
    static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
