package io.camwarden.registry.device;

import io.camwarden.registry.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * Whether a device is still in service or has a decommission record. Decommissioned devices stay in the
 * registry as the record of how they left; the status filter lets a list show the working fleet or the ones
 * that left.
 */
public enum DeviceStatus {
    IN_SERVICE, DECOMMISSIONED;

    /** Null for a blank value (no filter); a clear error naming the accepted values otherwise. */
    public static DeviceStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "'" + value + "' is not one of " + List.of(values()));
        }
    }
}
