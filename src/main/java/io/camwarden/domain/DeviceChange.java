package io.camwarden.domain;

import java.time.Instant;

/**
 * One field of a device changed: who, when, from what to what. {@code field} is "*" with
 * {@code newValue} "created" or "deleted" for the life-cycle events.
 */
public record DeviceChange(long deviceId, Instant at, String actor, String field, String oldValue, String newValue,
                           String reason) {
}
