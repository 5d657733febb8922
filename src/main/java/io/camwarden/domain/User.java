package io.camwarden.domain;

import java.time.Instant;
import java.util.Set;

/** A person or system account. Districts apply to POLICE (and optionally INSPECTOR) users. */
public record User(
        Long id,
        String username,
        Role role,
        Long organizationId,
        Set<String> districts,
        boolean enabled,
        Instant createdAt) {

    public User {
        districts = districts == null ? Set.of() : Set.copyOf(districts);
    }

    public Scope scope() {
        return Scope.of(role, organizationId, districts);
    }
}
