package io.camwarden.domain;

/** What a user may do. The scope of what they may see comes from {@link Scope#of}. */
public enum Role {
    /** Users and settings; full registry access. */
    ADMIN,
    /** Provincial IT security team: everything, read-write. */
    REGULATOR,
    /** Read-only, limited to the districts granted to the user. */
    POLICE,
    /** Trade inspector: read-only view of vendors, models and certification. */
    INSPECTOR,
    /** Internet provider: its subscriber organisations only. */
    ISP,
    /** Device owner: its own organisation subtree only. */
    OWNER;

    public boolean canWrite() {
        return this != POLICE && this != INSPECTOR;
    }

    public boolean manageUsers() {
        return this == ADMIN;
    }
}
