package io.camwarden.probe.http;

import io.camwarden.probe.Headers;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ResponseTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP/HTTPS transport for probes, on Apache HttpClient 5, bounded in every direction: header lines
 * and count (Http1Config), body bytes (read here), time per read and per exchange (a watchdog
 * cancels a request that outlives {@code exchangeTimeout}, however slowly the bytes trickle in).
 * It follows no redirect and answers no challenge by itself: callers do both explicitly, so every
 * step is visible. Certificates are not trusted but recorded: a camera's certificate is evidence.
 * One client serves a whole scan; close it at the end.
 */
public final class HttpProbeClient implements AutoCloseable {

    static final String USER_AGENT = "CamWarden";

    private final ProbeLimits limits;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "http-probe-watchdog");
        t.setDaemon(true);
        return t;
    });

    public HttpProbeClient(ProbeLimits limits) {
        this.limits = limits;
        Timeout connect = Timeout.of(limits.connectTimeout());
        Timeout read = Timeout.of(limits.readTimeout());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
                        .setSslContext(inspectingTls())
                        .setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
                        .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                        .buildClassic())
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom()
                                .setMaxLineLength(limits.maxHeaderBytes())
                                .setMaxHeaderCount(limits.maxHeaderCount())
                                .build())
                        .build())
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect).setSocketTimeout(read)
                        .build())
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(read).build())
                .setMaxConnTotal(1024) // a scan probes hundreds of hosts at once; per host, HostSlots and the route cap bound it
                .setMaxConnPerRoute(2)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableAuthCaching()
                .disableCookieManagement()
                .disableContentCompression() // a compressed body could inflate past every limit
                .setUserAgent(USER_AGENT)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setAuthenticationEnabled(false)
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(read)
                        .build())
                .build();
    }

    public ProbeLimits limits() {
        return limits;
    }

    /**
     * GET a URL, optionally with an Authorization value, and read at most the body limit.
     *
     * @throws IOException when there is no HTTP answer (refused, timed out, TLS failure, malformed)
     */
    public HttpAnswer get(URI uri, String authorization) throws IOException {
        HttpGet request = new HttpGet(uri);
        // No keep-alive: an idle pooled connection would stay open on the camera after the probe has given
        // back its connection slot, and fragile devices count every open connection.
        request.setHeader("Connection", "close");
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, limits.exchangeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        HttpClientContext context = HttpClientContext.create();
        try (ClassicHttpResponse response = client.executeOpen(null, request, context)) {
            Headers.Builder headers = new Headers.Builder();
            for (Header h : response.getHeaders()) {
                headers.add(h.getName(), h.getValue());
            }
            byte[] body = new byte[0];
            boolean truncated = false;
            HttpEntity entity = response.getEntity();
            if (entity != null) {
                try (InputStream in = entity.getContent()) {
                    byte[] read = in.readNBytes(limits.maxBodyBytes() + 1);
                    truncated = read.length > limits.maxBodyBytes();
                    body = truncated ? Arrays.copyOf(read, limits.maxBodyBytes()) : read;
                    if (truncated) {
                        request.cancel(); // do not drain an endless body when the stream closes
                    }
                }
            }
            return new HttpAnswer(uri, response.getCode(), response.getReasonPhrase() == null ? ""
                    : response.getReasonPhrase(), headers.build(), body, truncated, certificates(context.getSSLSession()));
        } catch (MessageConstraintException e) {
            throw String.valueOf(e.getMessage()).contains("count")
                    ? new ResponseTooLargeException(limits.maxHeaderCount(), "HTTP header lines")
                    : new ResponseTooLargeException("an HTTP header line", limits.maxHeaderBytes());
        } catch (IOException e) {
            if (expired.get()) {
                throw new SocketTimeoutException(uri + " took longer than " + limits.exchangeTimeout().toMillis()
                        + " ms to answer");
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    private static List<X509Certificate> certificates(SSLSession session) {
        if (session == null) {
            return List.of();
        }
        List<X509Certificate> chain = new ArrayList<>();
        try {
            for (Certificate c : session.getPeerCertificates()) {
                if (c instanceof X509Certificate x) {
                    chain.add(x);
                }
            }
        } catch (SSLPeerUnverifiedException e) {
            return List.of();
        }
        return chain;
    }

    private static SSLContext inspectingTls() {
        return InspectingTrustManager.context();
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        try {
            client.close();
        } catch (IOException ignored) {
            // nothing left to do with a closed pool
        }
    }
}
