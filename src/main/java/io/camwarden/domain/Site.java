package io.camwarden.domain;

import java.time.Instant;

/** A place where devices are installed. District and ward drive police scope and reports. */
public record Site(
        Long id,
        Long organizationId,
        String name,
        String address,
        String district,
        String ward,
        Double latitude,
        Double longitude,
        Instant createdAt,
        Instant updatedAt) {
}
