package io.camwarden.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An information system that uses cameras, protected to a security level from 1 (lowest) to 5.
 * The periodic assessment dates come from the level: the regulator inspects on schedule.
 */
public record InformationSystem(
        Long id,
        Long organizationId,
        String name,
        String purpose,
        Integer securityLevel,
        LevelDossier dossier,
        LocalDate lastAssessmentOn,
        LocalDate nextAssessmentOn,
        Instant createdAt,
        Instant updatedAt) {

    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 5;
}
