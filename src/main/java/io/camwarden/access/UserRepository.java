package io.camwarden.access;

import io.camwarden.domain.Role;
import io.camwarden.domain.User;
import io.camwarden.registry.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for user accounts. Password hashes never leave this package. */
@Repository
public class UserRepository {

    /** A user with the hash needed to check a password. */
    public record Account(User user, String passwordHash) {
    }

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :u").param("u", username)
                .query(UserRepository::mapAccount).optional().map(a -> new Account(withDistricts(a.user()), a.passwordHash()));
    }

    public Optional<User> findById(long id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", id)
                .query(UserRepository::mapAccount).optional().map(a -> withDistricts(a.user()));
    }

    public List<User> list() {
        List<User> users = jdbc.sql("SELECT * FROM app_user ORDER BY username").query(UserRepository::mapAccount)
                .list().stream().map(Account::user).toList();
        Map<Long, Set<String>> districts = new HashMap<>();
        jdbc.sql("SELECT user_id, district FROM app_user_district").query((rs, n) ->
                districts.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2))).list();
        return users.stream().map(u -> withDistricts(u, districts.getOrDefault(u.id(), Set.of()))).toList();
    }

    public long insert(User u, String passwordHash, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, password_hash, role, organization_id, enabled, created_at)"
                        + " VALUES (:u, :h, :r, :o, :e, :now)")
                .param("u", u.username()).param("h", passwordHash).param("r", u.role().name())
                .param("o", u.organizationId()).param("e", u.enabled()).param("now", Sql.utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        saveDistricts(id, u.districts());
        return id;
    }

    public void update(User u) {
        jdbc.sql("UPDATE app_user SET role = :r, organization_id = :o, enabled = :e WHERE id = :id")
                .param("r", u.role().name()).param("o", u.organizationId()).param("e", u.enabled())
                .param("id", u.id()).update();
        saveDistricts(u.id(), u.districts());
    }

    public void updatePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :h WHERE id = :id").param("h", passwordHash).param("id", id)
                .update();
    }

    private void saveDistricts(long id, Set<String> districts) {
        jdbc.sql("DELETE FROM app_user_district WHERE user_id = :id").param("id", id).update();
        for (String d : districts) {
            jdbc.sql("INSERT INTO app_user_district (user_id, district) VALUES (:id, :d)").param("id", id)
                    .param("d", d).update();
        }
    }

    private User withDistricts(User u) {
        Set<String> ds = new HashSet<>(jdbc.sql("SELECT district FROM app_user_district WHERE user_id = :id")
                .param("id", u.id()).query(String.class).list());
        return withDistricts(u, ds);
    }

    private static User withDistricts(User u, Set<String> ds) {
        return new User(u.id(), u.username(), u.role(), u.organizationId(), ds, u.enabled(), u.createdAt());
    }

    private static Account mapAccount(ResultSet rs, int n) throws SQLException {
        User u = new User(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                Sql.longOrNull(rs, "organization_id"), Set.of(), rs.getBoolean("enabled"),
                Sql.instant(rs, "created_at"));
        return new Account(u, rs.getString("password_hash"));
    }
}
