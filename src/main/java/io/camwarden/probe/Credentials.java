package io.camwarden.probe;

/** A user name and password supplied by the operator. {@link #toString()} never shows the password. */
public record Credentials(String user, String password) {

    public Credentials {
        if (user == null) {
            throw new IllegalArgumentException("user is required (may be empty, not null)");
        }
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return user + ":***";
    }
}
