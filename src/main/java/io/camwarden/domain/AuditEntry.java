package io.camwarden.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One row of the append-only audit log. {@code hash} is SHA-256 over the previous row's hash and this
 * row's content, so a changed or deleted row breaks the chain from that row on.
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String action,
        String targetType,
        String targetId,
        String outcome,
        String remoteAddr,
        String detail,
        String prevHash,
        String hash) {

    /** The hash of the row before the first one. */
    public static final String GENESIS = "0".repeat(64);

    /** Timestamps are kept to the microsecond, the finest both databases store. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** A new entry chained after {@code prevHash}. */
    public static AuditEntry chain(long seq, Instant at, String actor, String action, String targetType, String targetId,
                                   String outcome, String remoteAddr, String detail, String prevHash) {
        Instant t = truncate(at);
        String h = computeHash(seq, t, actor, action, targetType, targetId, outcome, remoteAddr, detail, prevHash);
        return new AuditEntry(seq, t, actor, action, targetType, targetId, outcome, remoteAddr, detail, prevHash, h);
    }

    /** The hash this entry's content and prevHash call for; differs from {@link #hash} if the row was altered. */
    public String expectedHash() {
        return computeHash(seq, at, actor, action, targetType, targetId, outcome, remoteAddr, detail, prevHash);
    }

    private static String computeHash(long seq, Instant at, String actor, String action, String targetType,
                                      String targetId, String outcome, String remoteAddr, String detail,
                                      String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Length-prefixed fields: no choice of separator can make two different rows hash alike.
            for (String field : new String[] {prevHash, Long.toString(seq), truncate(at).toString(), actor, action,
                    targetType, targetId, outcome, remoteAddr, detail}) {
                if (field == null) {
                    sha.update((byte) 0);
                    continue;
                }
                byte[] b = field.getBytes(StandardCharsets.UTF_8);
                sha.update((byte) 1);
                sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(b);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
