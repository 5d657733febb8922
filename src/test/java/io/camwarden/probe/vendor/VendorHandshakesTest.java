package io.camwarden.probe.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The three handshake parsers against the documented bytes (nmap-service-probes for Hikvision,
 * Metasploit's dahua_dvr_auth_bypass for Dahua, OpenIPC python-dvr's framing for XiongMai) and against
 * malformed, truncated and oversized replies.
 */
class VendorHandshakesTest {

    private final HikvisionControlPort hikvision = new HikvisionControlPort();
    private final DahuaDvrip dahua = new DahuaDvrip();
    private final XiongmaiDvrip xiongmai = new XiongmaiDvrip();

    static byte[] xiongmaiReply(int messageId, String json) {
        return XiongmaiDvrip.frame(0x1a, messageId, (json + "\n\0").getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void hikvisionNmapReplyIsRecognisedExactly() {
        var found = hikvision.recognize(HexFormat.of().parseHex("000000100000001e0000001e00000000"));
        assertThat(found).get().satisfies(h -> {
            assertThat(h.vendor()).isEqualTo("Hikvision");
            assertThat(h.exact()).isTrue();
            assertThat(h.detail()).contains("000000100000001e0000001e00000000");
        });
        assertThat(hikvision.request()).asString(StandardCharsets.US_ASCII).isEqualTo("GET / HTTP/1.0\r\n\r\n");
    }

    @Test
    void hikvisionFramingWithAnotherCodeIsRecognisedButNotExact() {
        var found = hikvision.recognize(HexFormat.of().parseHex("0000001000000001000000170000000a"));
        assertThat(found).get().extracting(VendorHandshake::exact).isEqualTo(false);
    }

    @Test
    void hikvisionRejectsOtherAndShortReplies() {
        assertThat(hikvision.recognize("HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(hikvision.recognize(HexFormat.of().parseHex("000000100000001e"))).isEmpty();
        assertThat(hikvision.recognize(HexFormat.of().parseHex("000000200000001e0000001e00000000"))).isEmpty();
        assertThat(hikvision.recognize(new byte[0])).isEmpty();
        assertThat(hikvision.bytesWanted(new byte[0], 4096)).isEqualTo(16);
    }

    @Test
    void dahuaMetasploitReplyIsRecognisedExactly() {
        byte[] reply = Arrays.copyOf(HexFormat.of().parseHex("b100005800000000"), 32);
        assertThat(dahua.recognize(reply)).get().satisfies(h -> {
            assertThat(h.vendor()).isEqualTo("Dahua");
            assertThat(h.exact()).isTrue();
        });
        byte[] request = dahua.request();
        assertThat(request).hasSize(32);
        assertThat(request[0] & 0xff).isEqualTo(0xa1);
        assertThat(Arrays.copyOfRange(request, 1, 32)).containsOnly(0);
    }

    @Test
    void dahuaRejectsOtherShortAndGarbageReplies() {
        assertThat(dahua.recognize(HexFormat.of().parseHex("b100006000000000"))).get()
                .extracting(VendorHandshake::exact).isEqualTo(false);
        assertThat(dahua.recognize(HexFormat.of().parseHex("b0000058000000"))).isEmpty();
        assertThat(dahua.recognize(HexFormat.of().parseHex("b1000058"))).isEmpty();
        assertThat(dahua.recognize(HexFormat.of().parseHex("b101005800000000"))).isEmpty();
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);
        noise[0] = 0x41;
        assertThat(dahua.recognize(noise)).isEmpty();
    }

    @Test
    void xiongmaiRequestHasPythonDvrFraming() {
        byte[] request = xiongmai.request();
        ByteBuffer b = ByteBuffer.wrap(request).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.get(0) & 0xff).isEqualTo(0xff);
        assertThat(b.get(1)).isZero();               // version
        assertThat(b.getInt(4)).isZero();            // no session: not logged in
        assertThat(b.getShort(14) & 0xffff).isEqualTo(1006); // KeepAlive
        assertThat(b.getInt(16)).isEqualTo(request.length - 20);
        String payload = new String(request, 20, request.length - 20, StandardCharsets.US_ASCII);
        assertThat(payload).isEqualTo("{\"Name\":\"KeepAlive\",\"SessionID\":\"0x00000000\"}\n\0")
                .doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("user");
    }

    @Test
    void xiongmaiReplyIsRecognisedWithItsRetCode() {
        var found = xiongmai.recognize(xiongmaiReply(1007, "{ \"Name\" : \"\", \"Ret\" : 105, \"SessionID\" : \"0x00000000\" }"));
        assertThat(found).get().satisfies(h -> {
            assertThat(h.vendor()).isEqualTo("XiongMai");
            assertThat(h.exact()).isTrue();
            assertThat(h.detail()).contains("message 1007").contains("Ret 105 (user is not logged in)");
        });
        var noJson = xiongmai.recognize(XiongmaiDvrip.frame(0, 1007, new byte[0]));
        assertThat(noJson).get().extracting(VendorHandshake::exact).isEqualTo(false);
    }

    @Test
    void xiongmaiRejectsBrokenFramingAndBoundsWhatItAsksFor() {
        byte[] reply = xiongmaiReply(1007, "{\"Ret\":100}");
        assertThat(xiongmai.recognize(Arrays.copyOf(reply, 19))).isEmpty();
        byte[] badMagic = reply.clone();
        badMagic[0] = 0x7f;
        assertThat(xiongmai.recognize(badMagic)).isEmpty();
        byte[] huge = reply.clone();
        ByteBuffer.wrap(huge).order(ByteOrder.LITTLE_ENDIAN).putInt(16, -1); // 4 GiB payload announced
        assertThat(xiongmai.recognize(huge)).isEmpty();
        assertThat(xiongmai.bytesWanted(huge, 4096)).isEqualTo(20);
        assertThat(xiongmai.bytesWanted(Arrays.copyOf(reply, 20), 4096)).isEqualTo(reply.length);
        byte[] big = XiongmaiDvrip.frame(0, 1007, new byte[60_000]);
        assertThat(xiongmai.bytesWanted(Arrays.copyOf(big, 20), 4096)).isEqualTo(4096);
        assertThat(xiongmai.recognize(Arrays.copyOf(big, 4096))).get().extracting(VendorHandshake::exact).isEqualTo(false);
    }
}
