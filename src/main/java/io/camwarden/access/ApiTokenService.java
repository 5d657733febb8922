package io.camwarden.access;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.User;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Sql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens a user creates for itself (scripts, sensors, Prometheus). The secret is shown once at
 * creation; only its SHA-256 is stored, which is enough because the secret has 256 random bits.
 */
@Service
public class ApiTokenService {

    /** What creation returns: the token record and, this once, its secret. */
    public record Created(ApiToken token, String secret) {
    }

    static final String SECRET_PREFIX = "cwt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    public ApiTokenService(JdbcClient jdbc, UserRepository users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Created create(Caller caller, String name, Duration validFor) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InvalidInputException.of("name", "is required (up to 200 characters), e.g. 'prometheus'");
        }
        if (validFor != null && (validFor.isNegative() || validFor.isZero())) {
            throw InvalidInputException.of("validDays", "must be 1 or more, or empty for no expiry");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String prefix = secret.substring(0, 12);
        Instant now = clock.instant();
        Instant expires = validFor == null ? null : now.plus(validFor);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_token (user_id, name, prefix, token_hash, created_at, expires_at)"
                        + " VALUES (:u, :n, :p, :h, :now, :exp)")
                .param("u", caller.userId()).param("n", name.strip()).param("p", prefix).param("h", hash(secret))
                .param("now", Sql.utc(now)).param("exp", Sql.utc(expires))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record("token.create", "api_token", id, Map.of("name", name.strip(), "prefix", prefix));
        return new Created(new ApiToken(id, name.strip(), prefix, now, expires, null, null), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(Caller caller) {
        return jdbc.sql("SELECT * FROM api_token WHERE user_id = :u ORDER BY id").param("u", caller.userId())
                .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"),
                        Sql.instant(rs, "last_used_at"), Sql.instant(rs, "revoked_at")))
                .list();
    }

    @Transactional
    public void revoke(Caller caller, long id) {
        int n = jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :u AND revoked_at IS NULL")
                .param("now", Sql.utc(clock.instant())).param("id", id).param("u", caller.userId()).update();
        if (n == 0) {
            throw new NotFoundException("active token", id);
        }
        audit.record("token.revoke", "api_token", id, Map.of());
    }

    /** The enabled user owning this active token, if any. */
    @Transactional
    public Optional<User> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        record Row(long id, long userId) {
        }
        Instant now = clock.instant();
        Optional<Row> row = jdbc.sql("SELECT id, user_id FROM api_token WHERE token_hash = :h AND revoked_at IS NULL"
                        + " AND (expires_at IS NULL OR expires_at > :now)")
                .param("h", hash(secret)).param("now", Sql.utc(now))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2))).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        // Write last use at most once a minute per token, not on every request.
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id"
                        + " AND (last_used_at IS NULL OR last_used_at < :minuteAgo)")
                .param("now", Sql.utc(now)).param("id", row.get().id())
                .param("minuteAgo", Sql.utc(now.minusSeconds(60))).update();
        return users.findById(row.get().userId()).filter(User::enabled);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
