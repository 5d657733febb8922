package io.camwarden.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SafeXmlTest {

    private static Document parse(String xml) throws SafeXml.Rejected {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        return SafeXml.parse(b, b.length, 64 * 1024);
    }

    @Test
    void readsANamespacedDocument() throws Exception {
        Document doc = parse("<a:Envelope xmlns:a='urn:x'><a:Body>text</a:Body></a:Envelope>");

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("Envelope");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:x");
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]><r>&x;</r>";

        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(SafeXml.Rejected.class)
                .hasMessageContaining("not well-formed XML").hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void refusesEntityExpansionBombs() {
        StringBuilder bomb = new StringBuilder("<?xml version='1.0'?><!DOCTYPE l [<!ENTITY l0 'lol'>");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY l").append(i).append(" '").append(("&l" + (i - 1) + ";").repeat(10)).append("'>");
        }
        bomb.append("]><l>&l9;</l>");

        assertThatThrownBy(() -> parse(bomb.toString())).isInstanceOf(SafeXml.Rejected.class);
    }

    @Test
    void refusesAParameterEntityFetchingARemoteDtd() {
        String xml = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY % p SYSTEM 'http://127.0.2.99:1/evil.dtd'> %p;]><r/>";

        assertThatThrownBy(() -> parse(xml)).isInstanceOf(SafeXml.Rejected.class);
    }

    @Test
    void refusesInputLargerThanTheLimitBeforeParsing() {
        byte[] big = new byte[100_000];

        assertThatThrownBy(() -> SafeXml.parse(big, big.length, 65_536)).isInstanceOf(SafeXml.Rejected.class)
                .hasMessage("message of 100000 bytes is larger than the limit of 65536");
    }

    @Test
    void refusesEmptyTruncatedAndBinaryInput() {
        assertThatThrownBy(() -> parse("")).hasMessage("empty message");
        assertThatThrownBy(() -> parse("<a><b>unfinished</b>")).isInstanceOf(SafeXml.Rejected.class)
                .hasMessageStartingWith("not well-formed XML");
        byte[] binary = {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0x3c};
        assertThatThrownBy(() -> SafeXml.parse(binary, binary.length, 100)).isInstanceOf(SafeXml.Rejected.class);
    }

    @Test
    void readsOnlyTheGivenLengthOfTheBuffer() throws Exception {
        byte[] buf = "<r/>garbage that follows in the receive buffer".getBytes(StandardCharsets.UTF_8);

        assertThat(SafeXml.parse(buf, 4, 100).getDocumentElement().getTagName()).isEqualTo("r");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        int depth = 10_000;
        String deep = "<a>".repeat(depth) + "</a>".repeat(depth);

        assertThatThrownBy(() -> SafeXml.parse(deep.getBytes(StandardCharsets.UTF_8), deep.length(), 1 << 20))
                .isInstanceOf(SafeXml.Rejected.class);
    }

    @Test
    void acceptsNestingUpToTheLimit() throws Exception {
        int depth = SafeXml.MAX_DEPTH;
        String ok = "<a>".repeat(depth) + "</a>".repeat(depth);

        assertThat(parse(ok).getDocumentElement().getTagName()).isEqualTo("a");
    }

    @Test
    void refusesAnElementWithThousandsOfAttributes() {
        StringBuilder xml = new StringBuilder("<r");
        for (int i = 0; i < 5_000; i++) {
            xml.append(" a").append(i).append("='x'");
        }
        xml.append("/>");

        assertThatThrownBy(() -> parse(xml.toString())).isInstanceOf(SafeXml.Rejected.class);
    }

    @Test
    void theMocksBrokenErrorDocumentIsRejectedNotThrown() {
        // The ONVIF mock's Error.xml: typographic quotes in the declaration, undeclared SOAP-ENV prefix.
        String xml = "<?xml version=\u201d1.0\u201d ?><SOAP-ENV:Envelope><SOAP-ENV:Body/></SOAP-ENV:Envelope>";

        assertThatThrownBy(() -> parse(xml)).isInstanceOf(SafeXml.Rejected.class);
    }
}
