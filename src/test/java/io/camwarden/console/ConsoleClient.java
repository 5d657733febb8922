package io.camwarden.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console as a browser without JavaScript sees it: a session cookie, the CSRF token of the last page,
 * form posts, no redirects followed (so tests see them).
 */
final class ConsoleClient {

    /** An answer: status, body and the Location of a redirect. */
    record Page(int status, String body, String location) {
        boolean contains(String s) {
            return body.contains(s);
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    ConsoleClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in through the form; returns the answer to the login POST (302 to / or to /login?error). */
    Page login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    static ConsoleClient loggedIn(int port, String username, String password) {
        ConsoleClient c = new ConsoleClient(port);
        Page p = c.login(username, password);
        if (p.status() != 302 || p.location().contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + p.status() + " " + p.location());
        }
        return c;
    }

    Page get(String path) {
        return get(path, Map.of());
    }

    Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        headers.forEach(b::header);
        return send(b.GET().build());
    }

    /** A form post with the CSRF token of the last page read. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        return postRaw(path, all);
    }

    /** A form post exactly as given: no CSRF token added. */
    Page postRaw(String path, Map<String, String> fields) {
        return postRaw(path, fields, Map.of());
    }

    /** A form post as htmx sends it (HX-Request), with the CSRF token of the last page read. */
    Page postHtmx(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        return postRaw(path, all, Map.of("HX-Request", "true"));
    }

    /** A file upload as a browser sends it (multipart/form-data), with the CSRF token of the last page read. */
    Page postFile(String path, String field, String filename, byte[] content) {
        String boundary = "----camwarden-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = (csrf == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf + "\r\n") + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private Page postRaw(String path, Map<String, String> fields, Map<String, String> headers) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(enc(k) + "=" + enc(v)));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(b::header);
        return send(b.POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts))).build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
