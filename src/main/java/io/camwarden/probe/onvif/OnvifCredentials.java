package io.camwarden.probe.onvif;

/** A user name and password to try on a device. {@link #toString()} never shows the password. */
public record OnvifCredentials(String username, String password) {

    public OnvifCredentials {
        if (username == null || password == null) {
            throw new IllegalArgumentException("ONVIF credentials need a user name and a password (may be empty)");
        }
    }

    @Override
    public String toString() {
        return username + ":***";
    }
}
