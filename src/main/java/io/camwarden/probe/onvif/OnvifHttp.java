package io.camwarden.probe.onvif;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.hc.client5.http.auth.AuthExchange;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP for ONVIF: one POST, a bounded answer. Everything read from the device is capped (body size, header count
 * and length, time per read and per call), and HTTP Digest or Basic challenges are answered when the caller gave
 * credentials, since some devices put HTTP authentication in front of WS-Security.
 *
 * <p>Certificates are not verified: cameras use self-signed ones, and nothing here trusts what the device says
 * because of its certificate (the TLS findings are the HTTP probe's job). One instance serves many devices
 * concurrently; close it when the scan ends.
 */
public final class OnvifHttp implements AutoCloseable {

    /**
     * Limits of one call.
     *
     * @param connectTimeout   TCP (and TLS) connect
     * @param readTimeout      silence allowed between two reads
     * @param callDeadline     the whole call, however slowly the device drips its answer
     * @param maxResponseBytes larger answers are cut off and reported, never buffered
     */
    public record Options(Duration connectTimeout, Duration readTimeout, Duration callDeadline, int maxResponseBytes) {

        public static Options defaults() {
            return new Options(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(15), 512 * 1024);
        }
    }

    /**
     * The device's HTTP answer.
     *
     * @param body           at most {@code maxResponseBytes} bytes of the body
     * @param tooLarge       true when the device sent more than that (the rest was not read)
     * @param httpAuthScheme the HTTP auth scheme the device challenged for and we answered, or null
     */
    record Reply(int status, byte[] body, boolean tooLarge, String wwwAuthenticate, String httpAuthScheme) {
    }

    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 64;
    private static final int MAX_CHALLENGE_CHARS = 512;

    private final Options options;
    private final CloseableHttpClient client;

    public OnvifHttp(Options options) {
        this.options = options;
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom().setMaxLineLength(MAX_HEADER_LINE)
                                .setMaxHeaderCount(MAX_HEADERS).build())
                        .build())
                .setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
                        .setSslContext(trustingContext())
                        .setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
                        .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                        .buildClassic())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(options.connectTimeout()))
                        .setSocketTimeout(Timeout.of(options.readTimeout()))
                        .build())
                .setMaxConnTotal(512)
                .setMaxConnPerRoute(4)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(options.readTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .setUserAgent("CamWarden-ONVIF")
                .build();
    }

    public static OnvifHttp withDefaults() {
        return new OnvifHttp(Options.defaults());
    }

    int maxResponseBytes() {
        return options.maxResponseBytes();
    }

    /**
     * POSTs one SOAP request.
     *
     * @param httpCredentials answers HTTP Digest/Basic challenges with these; null answers none
     * @throws IOException when no HTTP answer came (refused, reset, timed out)
     */
    Reply post(URI uri, byte[] request, String contentType, String soapAction, OnvifCredentials httpCredentials)
            throws IOException {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new ByteArrayEntity(request, ContentType.parse(contentType)));
        if (soapAction != null) {
            post.setHeader("SOAPAction", soapAction);
        }
        HttpClientContext context = HttpClientContext.create();
        if (httpCredentials != null) {
            var provider = new BasicCredentialsProvider();
            provider.setCredentials(new AuthScope(uri.getHost(), -1), new UsernamePasswordCredentials(
                    httpCredentials.username(), httpCredentials.password().toCharArray()));
            context.setCredentialsProvider(provider);
        }
        long deadline = System.nanoTime() + options.callDeadline().toNanos();
        ClassicHttpResponse response = client.executeOpen(null, post, context);
        try {
            int status = response.getCode();
            String challenge = status == 401 ? challenges(response.getHeaders("WWW-Authenticate")) : null;
            HttpEntity entity = response.getEntity();
            byte[] body = new byte[0];
            boolean tooLarge = false;
            if (entity != null) {
                int max = options.maxResponseBytes();
                byte[] buf = new byte[Math.min(max + 1, 16 * 1024)];
                int n = 0;
                InputStream in = entity.getContent();
                while (n <= max) {
                    if (System.nanoTime() - deadline > 0) {
                        post.cancel();
                        throw new IOException("no complete answer within " + options.callDeadline().toSeconds() + " s");
                    }
                    if (n == buf.length) {
                        buf = Arrays.copyOf(buf, Math.min(buf.length * 2, max + 1));
                    }
                    int r = in.read(buf, n, buf.length - n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
                tooLarge = n > max;
                if (tooLarge) {
                    // Closing the stream would read the rest, which may never end: drop the connection instead.
                    post.cancel();
                }
                body = Arrays.copyOf(buf, Math.min(n, max));
            }
            return new Reply(status, body, tooLarge, challenge, answeredScheme(context));
        } finally {
            closeQuietly(response);
        }
    }

    private static String challenges(Header[] headers) {
        StringBuilder s = new StringBuilder();
        for (Header h : headers) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(h.getValue());
        }
        return s.length() > MAX_CHALLENGE_CHARS ? s.substring(0, MAX_CHALLENGE_CHARS) : s.toString();
    }

    private static String answeredScheme(HttpClientContext context) {
        for (AuthExchange exchange : context.getAuthExchanges().values()) {
            if (exchange.getAuthScheme() != null && exchange.getState() != AuthExchange.State.UNCHALLENGED) {
                return exchange.getAuthScheme().getName();
            }
        }
        return null;
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException | RuntimeException e) {
            // the connection is discarded either way
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private static SSLContext trustingContext() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JDK: " + e.getMessage(), e);
        }
    }
}
