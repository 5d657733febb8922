package io.camwarden.probe.rtsp;

import io.camwarden.probe.AuthChallenge;
import io.camwarden.probe.AuthChallengeParser;
import io.camwarden.probe.Headers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** One RTSP answer: status line, headers in order, and the body (an SDP for DESCRIBE). */
public record RtspResponse(String version, int status, String reason, Headers headers, byte[] body) {

    public Optional<String> server() {
        return headers.first("Server");
    }

    public List<AuthChallenge> challenges() {
        return AuthChallengeParser.parse(headers.all("WWW-Authenticate"));
    }

    /** The body as text, for messages and lock-out detection (never for parsing binary data). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
