package io.camwarden.checks.credential;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A camera web interface with HTTP Basic that really locks: after {@code lockAfter} wrong passwords it
 * answers every login with 403 "account locked". It counts, on its own side, every request that carried
 * credentials and when it came: what the budget and pace tests assert on.
 */
final class LockingCamera implements AutoCloseable {

    private final HttpServer server;
    private final String user;
    private final String password;
    private final int lockAfter;
    final List<Long> credentialedRequests = new CopyOnWriteArrayList<>();
    /** "user:password" of every request that carried credentials, in order. */
    final List<String> pairsTried = new CopyOnWriteArrayList<>();
    private int failures;

    LockingCamera(String address, String user, String password, int lockAfter) throws IOException {
        this.user = user;
        this.password = password;
        this.lockAfter = lockAfter;
        server = HttpServer.create(new InetSocketAddress(address, 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        String auth = x.getRequestHeaders().getFirst("Authorization");
        x.getResponseHeaders().add("Server", "App-webs/");
        if (auth == null) {
            x.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"IP Camera\"");
            reply(x, 401, "<html><head><title>401</title></head></html>");
            return;
        }
        credentialedRequests.add(System.nanoTime());
        if (lockAfter > 0 && failures >= lockAfter) {
            reply(x, 403, "account locked, try again in 5 minutes");
            return;
        }
        String given = new String(Base64.getDecoder().decode(auth.substring(auth.indexOf(' ') + 1)),
                StandardCharsets.UTF_8);
        pairsTried.add(given);
        if (given.equals(user + ":" + password)) {
            reply(x, 200, "<html><head><title>Network Camera</title></head></html>");
        } else {
            failures++;
            x.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"IP Camera\"");
            reply(x, 401, "<html><head><title>401</title></head></html>");
        }
    }

    private static void reply(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "text/html");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
