package io.camwarden.probe.http;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts any server certificate so that it can be inspected: a camera's certificate is evidence
 * to report (self-signed, expired, weak key, wrong name), not a reason to stop. Being an
 * X509ExtendedTrustManager keeps the JDK from wrapping it with its own host name checks.
 * Never use it for anything that sends data worth protecting.
 */
public final class InspectingTrustManager extends X509ExtendedTrustManager {

    /** A TLS context for probes (HTTPS, RTSPS) that accepts any server certificate, to inspect it. */
    public static SSLContext context() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new InspectingTrustManager()}, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the TLS context for probing: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // inspected by the caller, never trusted
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        // inspected by the caller, never trusted
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        // inspected by the caller, never trusted
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        throw new UnsupportedOperationException("probes are clients only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        throw new UnsupportedOperationException("probes are clients only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        throw new UnsupportedOperationException("probes are clients only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
