package io.camwarden.domain;

/**
 * Who is asking: every registry read and write takes a caller, and storage confines the query to
 * the caller's scope. {@link #system()} is for trusted server-side work (scheduled jobs, CLI).
 */
public record Caller(Long userId, String username, Role role, Scope scope) {

    public static Caller of(User u) {
        return new Caller(u.id(), u.username(), u.role(), u.scope());
    }

    public static Caller system(String name) {
        return new Caller(null, name, Role.REGULATOR, Scope.EVERYTHING);
    }

    public boolean canWrite() {
        return role.canWrite();
    }
}
