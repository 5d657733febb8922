package io.camwarden.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ServiceProtocol;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * recog's own examples are the oracle: every {@code <example>} in every shipped recog file we use must
 * be matched by its own fingerprint (recog's first-match rule included), with the parameter values the
 * example states, through CamWarden's reader and matcher. The XML is read here independently of the
 * production reader.
 */
class RecogExamplesTest {

    private static final Fingerprinter FINGERPRINTER = Fingerprinter.bundled();

    static Stream<Arguments> recogFiles() {
        return Fingerprinter.RECOG_FILES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("recogFiles")
    void everyExampleMatchesItsOwnFingerprintWithItsStatedParameters(String kind, String file) throws Exception {
        RecogDatabase database = FINGERPRINTER.recogDatabase(kind).orElseThrow();
        List<Element> fingerprints = fingerprintsOf(file);

        assertThat(database.rejected()).as("fingerprints of %s that did not compile", file).isEmpty();
        assertThat(database.fingerprints()).hasSameSizeAs(fingerprints);

        List<String> failures = new ArrayList<>();
        int examples = 0;
        for (Element fingerprint : fingerprints) {
            String pattern = fingerprint.getAttribute("pattern");
            for (Element example : RecogXmlReader.children(fingerprint, "example")) {
                examples++;
                String text = RecogXmlReader.exampleText(example);
                var hit = database.firstMatch(text);
                if (hit.isEmpty()) {
                    failures.add("no fingerprint matches " + printable(text) + " (its own: " + pattern + ")");
                    continue;
                }
                if (!hit.get().fingerprint().pattern().equals(pattern)) {
                    failures.add(printable(text) + " matched " + hit.get().fingerprint().pattern()
                            + " before its own " + pattern);
                    continue;
                }
                for (int i = 0; i < example.getAttributes().getLength(); i++) {
                    Node attribute = example.getAttributes().item(i);
                    String name = attribute.getNodeName();
                    String got = hit.get().params().get(name);
                    if (!name.startsWith("_") && !attribute.getNodeValue().equals(got)) {
                        failures.add(printable(text) + ": " + name + " should be '" + attribute.getNodeValue()
                                + "' but was '" + got + "'");
                    }
                }
                // and through the whole fingerprinter, which must never throw on real banners
                FINGERPRINTER.claims(new Observation(kind, text, 80, ServiceProtocol.OTHER));
            }
        }
        assertThat(examples).as("examples in %s", file).isPositive();
        assertThat(failures).as("recog examples of %s that CamWarden does not match as recog does", file).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("recogFiles")
    void shippedRecogFilesAreTheSharedOnesUnchanged(String kind, String file) throws Exception {
        Path shared = Path.of(System.getProperty("camwarden.shared", "../shared"), "data", "recog", file);
        try (InputStream shipped = Fingerprinter.resource("/fingerprints/recog/" + file)) {
            assertThat(shipped.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
        }
    }

    private static List<Element> fingerprintsOf(String file) throws Exception {
        try (InputStream in = Fingerprinter.resource("/fingerprints/recog/" + file)) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
            return RecogXmlReader.children(root, "fingerprint");
        }
    }

    private static String printable(String text) {
        return "'" + text.replace("\r", "\\r").replace("\n", "\\n") + "'";
    }

}
