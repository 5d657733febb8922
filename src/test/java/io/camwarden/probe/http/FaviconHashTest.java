package io.camwarden.probe.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * MurmurHash3 and the Shodan favicon convention against published values:
 * - mmh3 (PyPI, hajimes/mmh3) README: mmh3.hash("foo") == -156908512, mmh3.hash("foo", 42) == -1322301282;
 * - SMHasher's verification value for MurmurHash3_x86_32, 0xB0F57EE3 (keys 0..255 bytes, seeds 256-n);
 * - the Spring Boot 2.1 default favicon (test resource, see its README): MD5 0488faca4c19046b94d07c3ee83cf9d6
 *   (OWASP favicon database) and Shodan http.favicon.hash 116323821.
 */
class FaviconHashTest {

    @Test
    void mmh3ReadmeExamples() {
        byte[] foo = "foo".getBytes(StandardCharsets.US_ASCII);
        assertThat(Mmh3.hash32(foo, 0)).isEqualTo(-156908512);
        assertThat(Mmh3.hash32(foo, 42)).isEqualTo(-1322301282);
        assertThat(Integer.toUnsignedLong(Mmh3.hash32(foo, 0))).isEqualTo(4138058784L);
    }

    @Test
    void smhasherVerificationValueCoversEveryTailLength() {
        byte[] key = new byte[256];
        ByteBuffer hashes = ByteBuffer.allocate(256 * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 256; i++) {
            key[i] = (byte) i;
            hashes.putInt(Mmh3.hash32(java.util.Arrays.copyOf(key, i), 256 - i));
        }
        assertThat(Mmh3.hash32(hashes.array(), 0)).isEqualTo(0xB0F57EE3);
    }

    @Test
    void springBootFaviconHasItsPublishedMd5AndShodanHash() throws Exception {
        byte[] icon = getClass().getResourceAsStream("spring-boot-2.1.18-favicon.ico").readAllBytes();
        FaviconHash hash = FaviconHash.of(icon);
        assertThat(hash.md5()).isEqualTo("0488faca4c19046b94d07c3ee83cf9d6");
        assertThat(hash.mmh3()).isEqualTo(116323821);
    }

    @Test
    void base64IsInLinesOf76EachEndingInANewlineLikePythonEncodebytes() {
        String encoded = new String(FaviconHash.shodanBase64(new byte[100]), StandardCharsets.US_ASCII);
        assertThat(encoded.split("\n", -1)).extracting(String::length).containsExactly(76, 60, 0);
        assertThat(FaviconHash.shodanBase64(new byte[0])).isEmpty();
        assertThat(new String(FaviconHash.shodanBase64(new byte[57]), StandardCharsets.US_ASCII)).hasSize(77).endsWith("\n");
    }
}
