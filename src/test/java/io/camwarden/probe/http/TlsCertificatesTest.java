package io.camwarden.probe.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TlsCertificatesTest {

    private byte[] resource(String name) throws Exception {
        return getClass().getResourceAsStream(name).readAllBytes();
    }

    @Test
    void summarisesASelfSignedRsaCertificate() throws Exception {
        TlsCertificateSummary s = TlsCertificates.parse(resource("rsa2048-self-signed.pem")).orElseThrow();
        assertThat(s.subject()).isEqualTo("O=Test Vendor,CN=Network Camera");
        assertThat(s.issuer()).isEqualTo(s.subject());
        assertThat(s.selfSigned()).isTrue();
        assertThat(s.keyAlgorithm()).isEqualTo("RSA");
        assertThat(s.keyBits()).isEqualTo(2048);
        assertThat(s.keyDescription()).isEqualTo("RSA 2048");
        assertThat(s.signatureAlgorithm()).isEqualTo("SHA256withRSA");
        assertThat(Duration.between(s.notBefore(), s.notAfter())).isEqualTo(Duration.ofDays(3650));
        // values printed by openssl x509 -noout -serial -fingerprint -sha256 when the fixture was made
        assertThat(s.serial()).isEqualTo("7fe3d4cfa21b3b4e8cde4e373fd3c9af95ab1e6c");
        assertThat(s.sha256()).isEqualTo("734f8809d1f11f9019655711317ebe7680ab941c732f9f9a778f4f0514603463");
        assertThat(s.subjectAltNames()).isEmpty();
    }

    @Test
    void summarisesACaIssuedEcCertificateInPemAndDer() throws Exception {
        TlsCertificateSummary pem = TlsCertificates.parse(resource("ec256-issued.pem")).orElseThrow();
        TlsCertificateSummary der = TlsCertificates.parse(resource("ec256-issued.der")).orElseThrow();
        assertThat(der).isEqualTo(pem);
        assertThat(pem.subject()).isEqualTo("CN=cam.local");
        assertThat(pem.issuer()).isEqualTo("CN=Test CA");
        assertThat(pem.selfSigned()).isFalse();
        assertThat(pem.keyDescription()).isEqualTo("EC 256");
        assertThat(pem.subjectAltNames()).containsExactly("cam.local", "192.0.2.10");
        assertThat(pem.sha256()).isEqualTo("be6720f3737b1de6fd0f921c6422e2895a3e989ad0808144501d92cfa7cff0db");
    }

    @Test
    void malformedTruncatedAndOversizedInputGivesNothingAndNeverThrows() throws Exception {
        byte[] der = resource("ec256-issued.der");
        assertThat(TlsCertificates.parse(Arrays.copyOf(der, der.length / 2))).isEmpty();
        byte[] pem = resource("rsa2048-self-signed.pem");
        assertThat(TlsCertificates.parse(Arrays.copyOf(pem, pem.length - 200))).isEmpty();
        byte[] badLength = der.clone();
        badLength[2] ^= (byte) 0x7f; // the outer SEQUENCE length no longer matches the content
        assertThat(TlsCertificates.parse(badLength)).isEmpty();
        byte[] noise = new byte[5000];
        new Random(1).nextBytes(noise);
        assertThat(TlsCertificates.parse(noise)).isEmpty();
        assertThat(TlsCertificates.parse("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n".getBytes())).isEmpty();
        assertThat(TlsCertificates.parse(new byte[0])).isEmpty();
        assertThat(TlsCertificates.parse(null)).isEmpty();
        byte[] oversized = Arrays.copyOf(pem, TlsCertificates.MAX_CERTIFICATE_BYTES + 1);
        assertThat(TlsCertificates.parse(oversized)).isEmpty();
    }
}
