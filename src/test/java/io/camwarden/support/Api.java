package io.camwarden.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the server under test, logged in as one user (or anonymous). */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A response; {@link #json()} parses the body. */
    public record Response(int status, String body, HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final int port;
    private final String authorization;

    private Api(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    public static Api anonymous(int port) {
        return new Api(port, null);
    }

    private static final java.util.Map<Integer, Api> ADMINS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The administrator, authenticated by an API token: a token check is a hash lookup, while a password
     * check is a deliberately slow bcrypt. Tests about passwords use {@link #as} instead.
     */
    public static Api admin(int port) {
        return ADMINS.computeIfAbsent(port, p -> anonymous(p).as(ADMIN, ADMIN_PASSWORD).tokenClient());
    }

    /** The same user, switched to a new API token of its own. */
    public Api tokenClient() {
        Response r = post("/api/v1/tokens", java.util.Map.of("name", "test"));
        if (r.status() != 201) {
            throw new IllegalStateException("could not create a token: " + r);
        }
        return withToken(r.json().get("secret").asString());
    }

    public Api as(String user, String password) {
        return new Api(port, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Api withToken(String token) {
        return new Api(port, "Bearer " + token);
    }

    public static String json(Object o) {
        return JSON.writeValueAsString(o);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, "application/json", body instanceof String s ? s : json(body));
    }

    public Response put(String path, Object body) {
        return send("PUT", path, "application/json", body instanceof String s ? s : json(body));
    }

    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
