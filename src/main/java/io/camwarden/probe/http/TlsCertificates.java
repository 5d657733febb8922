package io.camwarden.probe.http;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/** Summarises X.509 certificates; reads DER or PEM bytes without ever throwing on bad input. */
public final class TlsCertificates {

    /** Certificates larger than this are refused unread; real device certificates are a few KiB. */
    static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

    private TlsCertificates() {
    }

    /** The first certificate in DER or PEM bytes, or empty when the bytes are not a certificate. */
    public static Optional<TlsCertificateSummary> parse(byte[] derOrPem) {
        if (derOrPem == null || derOrPem.length == 0 || derOrPem.length > MAX_CERTIFICATE_BYTES) {
            return Optional.empty();
        }
        try {
            Certificate c = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(derOrPem));
            return c instanceof X509Certificate x ? Optional.of(summarize(x)) : Optional.empty();
        } catch (CertificateException | RuntimeException notACertificate) {
            return Optional.empty();
        }
    }

    public static TlsCertificateSummary summarize(X509Certificate cert) {
        PublicKey key = cert.getPublicKey();
        return new TlsCertificateSummary(
                cert.getSubjectX500Principal().getName(X500Principal.RFC2253),
                cert.getIssuerX500Principal().getName(X500Principal.RFC2253),
                cert.getNotBefore().toInstant(),
                cert.getNotAfter().toInstant(),
                keyAlgorithm(key),
                keyBits(key),
                cert.getSigAlgName(),
                selfSigned(cert),
                sha256(cert),
                cert.getSerialNumber().toString(16),
                subjectAltNames(cert));
    }

    private static String keyAlgorithm(PublicKey key) {
        if (key instanceof EdECPublicKey ed) {
            return ed.getParams().getName();
        }
        if (key instanceof XECPublicKey xec && xec.getParams() instanceof NamedParameterSpec named) {
            return named.getName();
        }
        return key.getAlgorithm();
    }

    private static int keyBits(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof DSAPublicKey dsa && dsa.getParams() != null) {
            return dsa.getParams().getP().bitLength();
        }
        if (key instanceof EdECPublicKey ed) {
            return ed.getParams().getName().equalsIgnoreCase("Ed448") ? 448 : 255;
        }
        return 0;
    }

    private static boolean selfSigned(X509Certificate cert) {
        if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (Exception signedByAnotherKeyOrUnverifiable) {
            return false;
        }
    }

    private static String sha256(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        } catch (Exception e) {
            return "";
        }
    }

    private static List<String> subjectAltNames(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            var sans = cert.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    Object type = san.get(0);
                    if ((Integer.valueOf(2).equals(type) || Integer.valueOf(7).equals(type)) && san.get(1) instanceof String v) {
                        names.add(v);
                    }
                }
            }
        } catch (CertificateException | RuntimeException malformedExtension) {
            return names;
        }
        return names;
    }
}
