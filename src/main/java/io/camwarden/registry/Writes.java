package io.camwarden.registry;

import io.camwarden.domain.Caller;

/** The guard every registry write passes first. */
public final class Writes {

    private Writes() {
    }

    public static void requireWriter(Caller caller) {
        if (!caller.canWrite()) {
            throw new ForbiddenException("role " + caller.role() + " is read-only");
        }
    }
}
