package io.camwarden.probe.rtsp;

import java.nio.charset.StandardCharsets;

/** One RTSP request as CamWarden sends it (RFC 2326): no body, a few fixed headers. */
record RtspRequest(String method, String uri, int cseq, String authorization) {

    static final String USER_AGENT = "CamWarden";

    RtspRequest {
        if (uri.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("RTSP URI must not contain spaces or control characters: " + uri);
        }
    }

    byte[] toBytes() {
        StringBuilder s = new StringBuilder();
        s.append(method).append(' ').append(uri).append(" RTSP/1.0\r\n");
        s.append("CSeq: ").append(cseq).append("\r\n");
        s.append("User-Agent: ").append(USER_AGENT).append("\r\n");
        if (method.equals("DESCRIBE")) {
            s.append("Accept: application/sdp\r\n");
        }
        if (authorization != null) {
            s.append("Authorization: ").append(authorization).append("\r\n");
        }
        s.append("\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
