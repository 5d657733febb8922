package io.camwarden.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where a command uploads to a running server, and with which API token. */
public final class ServerOptions {

    /** What the server answered. */
    public record Answer(int status, String body) {
    }

    @Option(names = "--server", paramLabel = "URL", description = "Upload to this server, e.g. http://127.0.0.1:8080.")
    URI server;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "API token of an ADMIN or REGULATOR user for --server. Default: CAMWARDEN_TOKEN, which is"
                    + " safer: an option can be seen by other users of this machine.")
    String token;

    public boolean given() {
        return server != null;
    }

    public URI server() {
        return server;
    }

    /** POSTs a file to {@code path} of the server; errors the user can fix become {@link UserError}s. */
    public Answer upload(String path, String contentType, Path file) throws InterruptedException {
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
            throw new UserError("--server must be an http:// or https:// URL, not " + server);
        }
        String secret = token != null ? token : System.getenv("CAMWARDEN_TOKEN");
        if (secret == null || secret.isBlank()) {
            throw new UserError("--server needs an API token of an ADMIN or REGULATOR user: set CAMWARDEN_TOKEN"
                    + " (create a token with POST /api/v1/tokens) or pass --token");
        }
        URI endpoint = server.resolve(path);
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", contentType)
                    .header("Authorization", "Bearer " + secret.strip())
                    // the server may refuse (wrong role) before reading: then the file is not sent at all
                    .expectContinue(true)
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build();
            try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build()) {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(r.statusCode(), r.body());
            }
        } catch (IOException e) {
            throw new UserError("could not upload to " + endpoint + ": " + e.getMessage()
                    + "; check that the server runs and the URL is right");
        }
    }
}
