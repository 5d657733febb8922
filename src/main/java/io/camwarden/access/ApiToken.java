package io.camwarden.access;

import java.time.Instant;

/** An API token as listed to its owner: never the secret, only a prefix to recognise it by. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {

    public boolean active(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
