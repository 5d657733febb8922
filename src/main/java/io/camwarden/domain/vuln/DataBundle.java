package io.camwarden.domain.vuln;

import java.time.Instant;
import java.util.Map;

/**
 * A data bundle that was verified and imported: what it was, who signed it, when the publisher made
 * it and when it was imported here. {@code signerFingerprint} is the SHA-256 of the signer's public
 * key (X.509 SubjectPublicKeyInfo, DER), as `bundle verify` prints it.
 */
public record DataBundle(long id, String name, String archiveSha256, String manifestSha256, Instant createdAt,
                         Instant importedAt, String importedBy, String signerFingerprint, int fileCount,
                         long totalBytes, Map<String, String> sources) {
}
