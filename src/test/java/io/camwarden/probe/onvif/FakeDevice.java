package io.camwarden.probe.onvif;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP endpoint on loopback (JDK HttpServer) for behaviours no lab device shows on demand: answers
 * that never end, drip slowly, are too big, carry XXE, or accept only one request form. Records each request.
 */
final class FakeDevice implements AutoCloseable {

    /** One received request. */
    record Request(String contentType, String soapAction, String body) {
    }

    @FunctionalInterface
    interface Behaviour {
        void answer(Request request, HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeDevice(String host, Behaviour behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, 0), 16);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                Request r = new Request(exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("SOAPAction"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                requests.add(r);
                behaviour.answer(r, exchange);
            } catch (IOException clientWentAway) {
                // the client dropped the connection: that is what some tests want
            }
        });
        server.start();
    }

    URI deviceService() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/onvif/device_service");
    }

    static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/soap+xml; charset=utf-8");
        exchange.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            exchange.getResponseBody().write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
