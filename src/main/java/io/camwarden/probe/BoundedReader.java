package io.camwarden.probe;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Reads a device's answer line by line or by length, never past a size bound and never past a
 * deadline: a device that drips one byte just before each read timeout still ends at the deadline.
 * Header lines are decoded as ISO-8859-1, so any byte sequence gives a string and nothing throws on
 * odd encodings.
 */
public final class BoundedReader {

    private final InputStream in;
    private long deadlineNanos;
    private final Duration budget;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    public BoundedReader(InputStream in, Duration budget) {
        this.in = in;
        this.budget = budget;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** Starts the time budget again, for the next request/answer on the same connection. */
    public void restartClock() {
        deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /**
     * The next line without its CR LF (or bare LF), or null at a clean end of stream before any byte.
     *
     * @throws ResponseTooLargeException if the line is longer than {@code maxBytes}
     * @throws ProtocolException if the stream ends in the middle of the line
     */
    public String readLine(int maxBytes) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int count = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (count == 0) {
                    return null;
                }
                throw new ProtocolException("connection closed in the middle of a line: " + Printable.of(line));
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (++count > maxBytes) {
                throw new ResponseTooLargeException("a header line", maxBytes);
            }
            line.append((char) (b & 0xff));
        }
    }

    /** Exactly {@code length} bytes; fails if the stream ends first. */
    public byte[] readExactly(int length) throws IOException {
        byte[] out = new byte[length];
        int got = 0;
        while (got < length) {
            if (position == limit && !fill()) {
                throw new ProtocolException("connection closed after " + got + " of " + length + " announced bytes");
            }
            int n = Math.min(length - got, limit - position);
            System.arraycopy(buffer, position, out, got, n);
            position += n;
            got += n;
        }
        return out;
    }

    /** Bytes until the end of stream, at most {@code maxBytes}; more than that is an error. */
    public byte[] readToEnd(int maxBytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (position < limit || fill()) {
            int n = limit - position;
            if (out.size() + n > maxBytes) {
                throw new ResponseTooLargeException("the answer", maxBytes);
            }
            out.write(buffer, position, n);
            position = limit;
        }
        return out.toByteArray();
    }

    private boolean fill() throws IOException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new SocketTimeoutException("the device took longer than " + budget.toMillis()
                    + " ms to answer");
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
