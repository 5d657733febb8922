package io.camwarden.probe.http;

import java.time.Instant;
import java.util.List;

/**
 * What a device's TLS certificate says, for identification and for checks (expired, weak key,
 * self-signed, default vendor certificate).
 *
 * @param subject            subject DN (RFC 2253)
 * @param issuer             issuer DN (RFC 2253)
 * @param notBefore          start of validity
 * @param notAfter           end of validity
 * @param keyAlgorithm       RSA, EC, Ed25519, ...
 * @param keyBits            key size in bits, 0 when the algorithm has none CamWarden knows
 * @param signatureAlgorithm e.g. SHA256withRSA
 * @param selfSigned         subject equals issuer and the certificate verifies with its own key
 * @param sha256             SHA-256 of the DER encoding, lower-case hex
 * @param serial             serial number, lower-case hex
 * @param subjectAltNames    DNS names and IP addresses from the subjectAltName extension
 */
public record TlsCertificateSummary(String subject, String issuer, Instant notBefore, Instant notAfter,
        String keyAlgorithm, int keyBits, String signatureAlgorithm, boolean selfSigned, String sha256, String serial,
        List<String> subjectAltNames) {

    public TlsCertificateSummary {
        subjectAltNames = List.copyOf(subjectAltNames);
    }

    /** "RSA 2048", "EC 256", or the algorithm alone when the size is unknown. */
    public String keyDescription() {
        return keyBits > 0 ? keyAlgorithm + " " + keyBits : keyAlgorithm;
    }
}
