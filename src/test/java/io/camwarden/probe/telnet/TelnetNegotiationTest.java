package io.camwarden.probe.telnet;

import static io.camwarden.probe.telnet.TelnetPeer.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The option state machine byte by byte: what it answers, what it keeps as text, what it survives. */
class TelnetNegotiationTest {

    private static String text(TelnetNegotiation n, byte[] in) {
        return new String(n.feed(in, 0, in.length), StandardCharsets.ISO_8859_1);
    }

    @Test
    void answersAsAVt100ClientAndKeepsTheText() {
        var n = new TelnetNegotiation();
        String text = text(n, bytes(255, 253, 24, 255, 251, 1, 'h', 'i', 255, 251, 3, 255, 253, 31, 255, 251, 34));
        assertThat(text).isEqualTo("hi");
        assertThat(n.takeReplies()).containsExactly(bytes(
                255, 251, 24,   // DO TTYPE -> WILL
                255, 253, 1,    // WILL ECHO -> DO
                255, 253, 3,    // WILL SGA -> DO
                255, 252, 31,   // DO NAWS -> WONT
                255, 254, 34)); // WILL LINEMODE -> DONT
        assertThat(n.takeReplies()).isEmpty();
        assertThat(n.recorded()).containsExactly("DO TERMINAL TYPE", "WILL ECHO", "WILL SUPPRESS GO AHEAD",
                "DO WINDOW SIZE", "WILL LINEMODE");
    }

    @Test
    void saysItsTerminalTypeWhenAsked() {
        var n = new TelnetNegotiation();
        text(n, bytes(255, 250, 24, 1, 255, 240));
        assertThat(n.takeReplies()).containsExactly(bytes(255, 250, 24, 0, 'V', 'T', '1', '0', '0', 255, 240));
        assertThat(n.recorded()).containsExactly("SB TERMINAL TYPE");
    }

    @Test
    void answersEachRequestOnceSoThatNoTwoPartiesLoop() {
        var n = new TelnetNegotiation();
        for (int i = 0; i < 5; i++) {
            text(n, bytes(255, 253, 31));
        }
        assertThat(n.takeReplies()).containsExactly(bytes(255, 252, 31));
    }

    @Test
    void understandsCommandsSplitAcrossReadsAndEscapedFf() {
        var n = new TelnetNegotiation();
        assertThat(text(n, bytes('a', 255))).isEqualTo("a");
        assertThat(text(n, bytes(253))).isEmpty();
        assertThat(text(n, bytes(24, 'b', 255))).isEqualTo("b");
        assertThat(text(n, bytes(255, 'c'))).isEqualTo("\u00ffc");
        assertThat(n.takeReplies()).containsExactly(bytes(255, 251, 24));
    }

    @Test
    void ignoresOtherCommandsAndStrayEnds() {
        var n = new TelnetNegotiation();
        assertThat(text(n, bytes(255, 241, 'x', 255, 249, 'y', 255, 240, 'z'))).isEqualTo("xyz"); // NOP, GA, stray SE
        assertThat(n.takeReplies()).isEmpty();
    }

    @Test
    void anEndlessSubnegotiationKeepsOnlyItsStartAndSwallowsNoLaterText() {
        var n = new TelnetNegotiation();
        byte[] flood = new byte[100_000];
        java.util.Arrays.fill(flood, (byte) 'A');
        assertThat(text(n, bytes(255, 250, 24))).isEmpty();
        assertThat(text(n, flood)).isEmpty(); // inside SB nothing is text; memory stays bounded
        assertThat(text(n, bytes(255, 240, 'o', 'k'))).isEqualTo("ok");
        assertThat(n.recorded()).containsExactly("SB TERMINAL TYPE");
        assertThat(n.takeReplies()).isEmpty(); // the content was not SEND
    }

    @Test
    void randomBytesNeverThrowAndTheRecordIsBounded() {
        var n = new TelnetNegotiation();
        byte[] noise = new byte[200_000];
        new Random(11).nextBytes(noise);
        n.feed(noise, 0, noise.length);
        assertThat(n.recorded()).hasSizeLessThanOrEqualTo(TelnetNegotiation.MAX_RECORDED);
        assertThat(n.takeReplies().length).isLessThanOrEqualTo(4 * 256 * 3 + 1000);
    }

    @Test
    void outgoingLinesAreUtf8EndingInCrLfAndNeverContainIac() {
        assertThat(TelnetNegotiation.line("ab")).containsExactly(bytes('a', 'b', '\r', '\n'));
        assertThat(TelnetNegotiation.line("\u00ff")).containsExactly(bytes(0xc3, 0xbf, '\r', '\n'));
    }
}
