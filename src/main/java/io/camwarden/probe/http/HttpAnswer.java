package io.camwarden.probe.http;

import io.camwarden.probe.Headers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP answer as the device sent it, with the body cut at the body limit.
 *
 * @param uri              the URL requested
 * @param status           status code
 * @param reason           reason phrase
 * @param headers          headers in order
 * @param body             at most {@code ProbeLimits.maxBodyBytes} bytes of the body
 * @param bodyTruncated    whether the device sent more than was kept
 * @param peerCertificates the TLS certificate chain the device presented, leaf first (empty for plain HTTP)
 */
public record HttpAnswer(URI uri, int status, String reason, Headers headers, byte[] body, boolean bodyTruncated,
        List<X509Certificate> peerCertificates) {

    public HttpAnswer {
        peerCertificates = List.copyOf(peerCertificates);
    }

    public Optional<String> contentType() {
        return headers.first("Content-Type");
    }

    /** The start of the body as text, for lock-out messages; never for parsing. */
    public String bodyText() {
        return new String(body, 0, Math.min(body.length, 8192), StandardCharsets.UTF_8);
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400 && headers.has("Location");
    }
}
