package io.camwarden.probe.rtsp;

import io.camwarden.probe.BoundedReader;
import io.camwarden.probe.Headers;
import io.camwarden.probe.Printable;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ResponseTooLargeException;
import java.io.IOException;
import java.net.ProtocolException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one RTSP answer (RFC 2326 section 7) within {@link ProbeLimits}: status line, at most
 * {@code maxHeaderCount} headers in at most {@code maxHeaderBytes}, and a body of Content-Length bytes
 * up to {@code maxBodyBytes}. RTSP answers without Content-Length have no body.
 */
final class RtspResponseReader {

    private static final Pattern STATUS_LINE = Pattern.compile("(RTSP/\\d\\.\\d) (\\d{3})(?: (.*))?");

    private RtspResponseReader() {
    }

    static RtspResponse read(BoundedReader in, ProbeLimits limits) throws IOException {
        String statusLine = in.readLine(limits.maxHeaderBytes());
        while (statusLine != null && statusLine.isEmpty()) {
            statusLine = in.readLine(limits.maxHeaderBytes()); // tolerate a stray CRLF before the answer
        }
        if (statusLine == null) {
            throw new ProtocolException("the device closed the connection without answering");
        }
        Matcher m = STATUS_LINE.matcher(statusLine);
        if (!m.matches()) {
            throw new ProtocolException("not an RTSP answer: " + Printable.of(statusLine));
        }
        int headerBytes = statusLine.length();
        Headers.Builder headers = new Headers.Builder();
        while (true) {
            String line = in.readLine(limits.maxHeaderBytes());
            if (line == null) {
                throw new ProtocolException("the device closed the connection in the middle of the headers");
            }
            if (line.isEmpty()) {
                break;
            }
            headerBytes += line.length() + 2;
            if (headerBytes > limits.maxHeaderBytes()) {
                throw new ResponseTooLargeException("the RTSP headers", limits.maxHeaderBytes());
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (!headers.appendToLast(line)) {
                    throw new ProtocolException("header continuation without a header: " + Printable.of(line));
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ProtocolException("malformed header line: " + Printable.of(line));
            }
            if (headers.size() >= limits.maxHeaderCount()) {
                throw new ResponseTooLargeException(limits.maxHeaderCount(), "header lines");
            }
            headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        Headers built = headers.build();
        int length = contentLength(built);
        if (length > limits.maxBodyBytes()) {
            throw new ResponseTooLargeException("the RTSP body (Content-Length " + length + ")", limits.maxBodyBytes());
        }
        byte[] body = length == 0 ? new byte[0] : in.readExactly(length);
        String reason = m.group(3) == null ? "" : m.group(3).strip();
        return new RtspResponse(m.group(1), Integer.parseInt(m.group(2)), reason, built, body);
    }

    private static int contentLength(Headers headers) throws ProtocolException {
        var values = headers.all("Content-Length");
        if (values.isEmpty()) {
            return 0;
        }
        String first = values.getFirst().strip();
        if (values.stream().anyMatch(v -> !v.strip().equals(first)) || !first.matches("\\d{1,9}")) {
            throw new ProtocolException("invalid Content-Length: " + Printable.of(String.join(", ", values)));
        }
        return Integer.parseInt(first);
    }
}
