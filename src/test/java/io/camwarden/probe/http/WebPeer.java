package io.camwarden.probe.http;

import io.camwarden.probe.ScriptedPeer;
import java.io.IOException;
import java.util.function.Function;

/** A scripted web server for HTTP tests: one answer per request path, keep-alive, until the client closes. */
final class WebPeer {

    private WebPeer() {
    }

    /** @param answer maps the request (its full text) to the raw response bytes */
    static ScriptedPeer start(Function<String, byte[]> answer) throws IOException {
        return ScriptedPeer.start((socket, peer) -> {
            while (true) {
                String request = peer.readRequest(socket);
                if (request.isEmpty()) {
                    return;
                }
                ScriptedPeer.write(socket, answer.apply(request));
            }
        });
    }

    static String path(String request) {
        return request.substring(request.indexOf(' ') + 1, request.indexOf(' ', request.indexOf(' ') + 1));
    }

    static byte[] response(String statusLine, String headers, byte[] body) {
        byte[] head = ("HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static byte[] response(String statusLine, String headers, String body) {
        return response(statusLine, headers, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
