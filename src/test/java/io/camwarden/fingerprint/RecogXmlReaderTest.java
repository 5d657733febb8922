package io.camwarden.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken, hostile and partial recog files: clear errors, and no bad entry hides the good ones. */
class RecogXmlReaderTest {

    private static RecogDatabase read(String xml) {
        return RecogXmlReader.read("test.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void badFingerprintsAreRejectedOneByOneAndTheRestStillMatch() {
        RecogDatabase db = read("""
                <fingerprints matches="http_header.server" protocol="http">
                  <fingerprint pattern="^(unclosed$"><description>broken regex</description></fingerprint>
                  <fingerprint><description>no pattern</description></fingerprint>
                  <fingerprint pattern="^x$"><param pos="one" name="hw.vendor"/></fingerprint>
                  <fingerprint pattern="^x$" flags="REG_NOPE"/>
                  <fingerprint pattern="^App-webs/$">
                    <description>good</description>
                    <example>App-webs/</example>
                    <param pos="0" name="hw.vendor" value="Hikvision"/>
                  </fingerprint>
                </fingerprints>""");
        assertThat(db.rejected()).hasSize(4)
                .anySatisfy(r -> assertThat(r).startsWith("fingerprint #1").contains("(unclosed"))
                .anySatisfy(r -> assertThat(r).startsWith("fingerprint #2").contains("no pattern"))
                .anySatisfy(r -> assertThat(r).startsWith("fingerprint #4").contains("REG_NOPE"));
        assertThat(db.fingerprints()).hasSize(1);
        assertThat(db.firstMatch("App-webs/").orElseThrow().params()).isEqualTo(Map.of("hw.vendor", "Hikvision"));
    }

    @Test
    void notXmlTruncatedXmlAndTheWrongRootAreNamedErrors() {
        assertThatThrownBy(() -> read("this is not xml"))
                .isInstanceOf(FingerprintDataException.class).hasMessageContaining("test.xml is not a readable recog");
        assertThatThrownBy(() -> read("<fingerprints><fingerprint pattern=\"^a$\">"))
                .isInstanceOf(FingerprintDataException.class).hasMessageContaining("test.xml");
        assertThatThrownBy(() -> read("<checks/>"))
                .isInstanceOf(FingerprintDataException.class).hasMessageContaining("expected <fingerprints>");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(FingerprintDataException.class);
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE f [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<fingerprints><fingerprint pattern=\"^x$\"><description>&s;</description></fingerprint></fingerprints>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(FingerprintDataException.class)
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void base64ExamplesDecodeToOneCharacterPerByte() {
        RecogDatabase db = read("""
                <fingerprints>
                  <fingerprint pattern="^\\xff\\x01 login:">
                    <example _encoding="base64">/wEgbG9naW46</example>
                  </fingerprint>
                </fingerprints>""");
        String example = db.fingerprints().getFirst().matcher().getExamples().iterator().next();
        assertThat(example).isEqualTo("\u00ff\u0001 login:");
        assertThat(db.firstMatch(example)).isPresent();
    }

    @Test
    void interpolationFollowsRecog() {
        Set<String> constants = Set.of("service.cpe23", "os.product", "hw.product");
        // a missing version in a CPE becomes "-"
        assertThat(RecogDatabase.interpolate(Map.of("service.cpe23", "cpe:/a:acme:thttpd:{service.version}"), constants))
                .containsEntry("service.cpe23", "cpe:/a:acme:thttpd:-");
        // other missing values drop the parameter instead of asserting half a name
        assertThat(RecogDatabase.interpolate(Map.of("os.product", "{hw.product} Firmware"), Set.of("os.product")))
                .doesNotContainKey("os.product");
        assertThat(RecogDatabase.interpolate(Map.of("os.product", "{hw.product} Firmware",
                "hw.product", "Sentry Switched CDU"), Set.of("os.product")))
                .containsEntry("os.product", "Sentry Switched CDU Firmware");
        // a captured banner is never interpolated
        assertThat(RecogDatabase.interpolate(Map.of("hw.product", "{os.product}", "os.product", "x"), Set.of("os.product")))
                .containsEntry("hw.product", "{os.product}");
    }
}
