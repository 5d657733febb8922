package io.camwarden.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoundedReaderTest {

    private static BoundedReader reader(String s) {
        return new BoundedReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1)), Duration.ofSeconds(5));
    }

    @Test
    void readsCrLfAndBareLfLinesAndThenTheBody() throws Exception {
        var r = reader("one\r\ntwo\nbody");
        assertThat(r.readLine(100)).isEqualTo("one");
        assertThat(r.readLine(100)).isEqualTo("two");
        assertThat(new String(r.readExactly(4), StandardCharsets.US_ASCII)).isEqualTo("body");
        assertThat(r.readLine(100)).isNull();
    }

    @Test
    void aLineLongerThanTheLimitStopsReadingAtTheLimit() {
        var r = reader("x".repeat(10_000) + "\r\n");
        assertThatThrownBy(() -> r.readLine(256)).isInstanceOf(ResponseTooLargeException.class)
                .hasMessageContaining("256");
    }

    @Test
    void truncatedInputIsAProtocolError() {
        assertThatThrownBy(() -> reader("no line end").readLine(100)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("closed in the middle of a line");
        assertThatThrownBy(() -> reader("abc").readExactly(10)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("3 of 10");
    }

    @Test
    void readToEndRefusesMoreThanTheLimit() throws Exception {
        assertThat(reader("short").readToEnd(10)).hasSize(5);
        assertThatThrownBy(() -> reader("y".repeat(100)).readToEnd(10)).isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void aDeviceThatDripsBytesIsCutOffAtTheDeadline() {
        InputStream drip = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.InterruptedIOException {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                b[off] = 'a';
                return 1;
            }
        };
        var r = new BoundedReader(drip, Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThatThrownBy(() -> r.readLine(1_000_000)).isInstanceOf(SocketTimeoutException.class)
                .hasMessageContaining("300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void printableShowsUntrustedBytesSafely() {
        assertThat(Printable.of(new byte[] {'o', 'k', 0, 27, (byte) 0xff})).isEqualTo("ok\\x00\\x1b\\xff");
        assertThat(Printable.of("z".repeat(500))).hasSize(83).endsWith("...");
        assertThat(Printable.value("  App-webs/\r\n\tx\u0000y  ")).isEqualTo("App-webs/ x y");
        assertThat(Printable.value("v".repeat(5000))).hasSize(Printable.MAX_VALUE_CHARS);
    }
}
