package io.camwarden.probe.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.discovery.SafeXml;
import io.camwarden.discovery.XmlElements;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class UsernameTokenTest {

    private static final byte[] NONCE = new byte[16];

    static {
        for (int i = 0; i < 16; i++) {
            NONCE[i] = (byte) i;
        }
    }

    @Test
    void digestMatchesAnIndependentlyComputedValue() {
        // Computed with Python: base64(sha1(bytes(range(16)) + created + password)).
        assertThat(UsernameToken.digest(NONCE, "2026-01-02T03:04:05.678Z", "12345")).isEqualTo("aThVFPlVWQwPVzTGhRjczCq8PBM=");
        assertThat(UsernameToken.digest(NONCE, "2026-01-02T03:04:05.678Z", "pässwörd")).isEqualTo("wMP7K+GZUdDUy9dOhqHWJvZ5ZwM=");
    }

    @Test
    void createdIsUtcWithMilliseconds() {
        assertThat(UsernameToken.created(Instant.parse("2026-01-02T03:04:05.678912Z"))).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(UsernameToken.created(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05Z");
    }

    private static Element token(String header) throws SafeXml.Rejected {
        String doc = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header>" + header
                + "</s:Header></s:Envelope>";
        byte[] b = doc.getBytes(StandardCharsets.UTF_8);
        Element security = XmlElements.path(SafeXml.parse(b, b.length, 8192).getDocumentElement(), "Header", "Security");
        assertThat(security.getNamespaceURI()).isEqualTo(UsernameToken.NS_WSSE);
        assertThat(security.getAttributeNS("http://www.w3.org/2003/05/soap-envelope", "mustUnderstand")).isEqualTo("1");
        return XmlElements.path(security, "UsernameToken");
    }

    @Test
    void theDigestHeaderCarriesUserDigestNonceAndCreated() throws Exception {
        Element t = token(UsernameToken.header("s", new OnvifCredentials("admin", "12345"), WsSecurity.PASSWORD_DIGEST,
                Instant.parse("2026-01-02T03:04:05.678Z"), NONCE));

        assertThat(XmlElements.text(t, "Username")).isEqualTo("admin");
        assertThat(XmlElements.text(t, "Password")).isEqualTo("aThVFPlVWQwPVzTGhRjczCq8PBM=");
        assertThat(XmlElements.path(t, "Password").getAttribute("Type")).endsWith("#PasswordDigest");
        assertThat(XmlElements.text(t, "Nonce")).isEqualTo("AAECAwQFBgcICQoLDA0ODw==");
        assertThat(XmlElements.text(t, "Created")).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(XmlElements.path(t, "Created").getNamespaceURI()).isEqualTo(UsernameToken.NS_WSU);
    }

    @Test
    void textModeSendsThePasswordAndEverythingIsEscaped() throws Exception {
        Element t = token(UsernameToken.header("s", new OnvifCredentials("a<b>&\"'", "p<&>\u0001q"), WsSecurity.PASSWORD_TEXT,
                Instant.EPOCH, NONCE));

        assertThat(XmlElements.text(t, "Username")).isEqualTo("a<b>&\"'");
        assertThat(XmlElements.text(t, "Password")).isEqualTo("p<&>q"); // a control character XML cannot carry is dropped
        assertThat(XmlElements.path(t, "Password").getAttribute("Type")).endsWith("#PasswordText");
    }

    @Test
    void credentialsNeverPrintTheirPassword() {
        assertThat(new OnvifCredentials("admin", "secret").toString()).isEqualTo("admin:***");
    }
}
