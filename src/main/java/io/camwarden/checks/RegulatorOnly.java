package io.camwarden.checks;

import io.camwarden.domain.Caller;
import io.camwarden.domain.Role;
import io.camwarden.registry.ForbiddenException;

/** The rules themselves (rule sets, warned-vendor lists) are changed by the regulator and administrators only. */
public final class RegulatorOnly {

    private RegulatorOnly() {
    }

    public static boolean allows(Caller caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.REGULATOR;
    }

    public static void require(Caller caller, String action) {
        if (!allows(caller)) {
            throw new ForbiddenException("only REGULATOR and ADMIN users may " + action + "; your role is "
                    + caller.role());
        }
    }
}
