package io.camwarden.probe.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The hand-built ClientHello's structure, and reading the server's first record. */
class LegacyTlsMessagesTest {

    @Test
    void theClientHelloIsAWellFormedRecordOfferingOnlyThatVersion() {
        byte[] hello = LegacyHello.clientHello(TlsVersion.TLS_1_1);
        ByteBuffer b = ByteBuffer.wrap(hello);
        assertThat(b.get(0)).isEqualTo((byte) 22);
        assertThat(b.getShort(1)).isEqualTo((short) 0x0301);
        assertThat(b.getShort(3) & 0xffff).isEqualTo(hello.length - 5);
        assertThat(b.get(5)).as("client_hello").isEqualTo((byte) 1);
        int handshakeLength = (b.get(6) & 0xff) << 16 | (b.getShort(7) & 0xffff);
        assertThat(handshakeLength).isEqualTo(hello.length - 9);
        assertThat(b.getShort(9)).as("client_version").isEqualTo((short) 0x0302);
        int suitesAt = 9 + 2 + 32 + 1;
        int suites = b.getShort(suitesAt) & 0xffff;
        assertThat(suites % 2).isZero();
        int compressionAt = suitesAt + 2 + suites;
        assertThat(b.get(compressionAt)).isEqualTo((byte) 1);
        int extensionsAt = compressionAt + 2;
        assertThat((b.getShort(extensionsAt) & 0xffff) + extensionsAt + 2).as("extensions end the message")
                .isEqualTo(hello.length);
        byte[] ssl3 = LegacyHello.clientHello(TlsVersion.SSL_3_0);
        assertThat(ByteBuffer.wrap(ssl3).getShort(9)).isEqualTo((short) 0x0300);
    }

    @Test
    void aServerHelloAnAlertSilenceAndHttpAreToldApart() {
        // ServerHello record as OpenSSL sends it for TLS 1.0: 16 0301 len | 02 len24 | 0301 ...
        byte[] hello = HexFormat.of().parseHex("160301003d020000390301");
        assertThat(ServerAnswer.parse(hello, hello.length)).isEqualTo(new ServerAnswer(ServerAnswer.Kind.ACCEPTED,
                TlsVersion.TLS_1_0, "ServerHello TLSv1.0"));
        byte[] alert = HexFormat.of().parseHex("15030100020246");
        assertThat(ServerAnswer.parse(alert, alert.length).kind()).isEqualTo(ServerAnswer.Kind.ALERT);
        assertThat(ServerAnswer.parse(alert, alert.length).detail()).isEqualTo("protocol_version (70)");
        assertThat(ServerAnswer.parse(new byte[16], 0).kind()).isEqualTo(ServerAnswer.Kind.CLOSED);
        assertThat(ServerAnswer.parse(hello, 7).kind()).isEqualTo(ServerAnswer.Kind.CLOSED);
        byte[] http = "HTTP/1.1 400 Bad".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(ServerAnswer.parse(http, http.length).kind()).isEqualTo(ServerAnswer.Kind.NOT_TLS);
        byte[] huge = HexFormat.of().parseHex("16030177ff020000390301");
        assertThat(ServerAnswer.parse(huge, huge.length).kind()).as("a record longer than TLS allows")
                .isEqualTo(ServerAnswer.Kind.NOT_TLS);
        byte[] notHello = HexFormat.of().parseHex("160301003d0b0000390301");
        assertThat(ServerAnswer.parse(notHello, notHello.length).kind()).isEqualTo(ServerAnswer.Kind.NOT_TLS);
    }

    @Test
    void aServerThatAnswersWithAnotherVersionDoesNotAcceptTheOfferedOne() {
        byte[] tls12 = HexFormat.of().parseHex("160303003d020000390303");
        LegacyTlsProbe.Result r = new LegacyTlsProbe.Result(TlsVersion.TLS_1_0, ServerAnswer.parse(tls12, tls12.length));
        assertThat(r.accepted()).isFalse();
    }

    @Test
    void theWeakCipherHelloOffersOnlyWeakSuitesWithSignatureAlgorithms() {
        byte[] hello = LegacyHello.clientHello(TlsVersion.TLS_1_2, WeakCipherSuites.codes());
        ByteBuffer b = ByteBuffer.wrap(hello);
        assertThat(b.getShort(9)).as("client_version").isEqualTo((short) 0x0303);
        int suitesAt = 9 + 2 + 32 + 1;
        int length = b.getShort(suitesAt) & 0xffff;
        assertThat(length / 2).isEqualTo(WeakCipherSuites.codes().length);
        for (int i = 0; i < length / 2; i++) {
            int suite = b.getShort(suitesAt + 2 + i * 2) & 0xffff;
            assertThat(WeakCipherSuites.name(suite)).as("suite 0x%04X is a weak one", suite).isNotNull();
        }
        assertThat(WeakCipherSuites.name(0xC02F)).as("ECDHE-RSA-AES128-GCM-SHA256 is not weak").isNull();
        assertThat(HexFormat.of().formatHex(hello)).as("signature_algorithms").contains("000d000a0008");
    }

    @Test
    void theServerHelloTellsTheChosenSuiteWhenItWasRead() {
        // 16 0303 len | 02 len24 | 0303 | random(32) | session id: 32 bytes | suite 000a
        String random = "11".repeat(32);
        String sessionId = "20" + "22".repeat(32);
        byte[] hello = HexFormat.of().parseHex("1603030051" + "0200004d" + "0303" + random + sessionId + "000a00");
        ServerAnswer a = ServerAnswer.parse(hello, hello.length);
        assertThat(a.kind()).isEqualTo(ServerAnswer.Kind.ACCEPTED);
        assertThat(a.cipherSuite()).isEqualTo(0x000A);
        assertThat(WeakCipherSuites.name(a.cipherSuite())).isEqualTo("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
        byte[] noSession = HexFormat.of().parseHex("1603030031" + "0200002d" + "0303" + random + "00" + "c011" + "00");
        assertThat(ServerAnswer.parse(noSession, noSession.length).cipherSuite()).isEqualTo(0xC011);
        assertThat(ServerAnswer.parse(hello, 60).cipherSuite()).as("cut before the suite").isNull();
        byte[] badLength = HexFormat.of().parseHex("1603030051" + "0200004d" + "0303" + random + "ff" + "000a");
        assertThat(ServerAnswer.parse(badLength, badLength.length).cipherSuite()).as("a session id over 32 bytes")
                .isNull();
    }
}
