package io.camwarden.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * What a security level asks for over time. Periodic assessment intervals follow Decree 85/2016 Art. 20
 * (see shared/data/criteria/security_level_controls.csv): levels 1–2 every two years, levels 3–4 every
 * year (level 3 also organisation-wide every two years), level 5 every six months.
 */
public final class SecurityLevels {

    private SecurityLevels() {
    }

    public static Period assessmentInterval(int level) {
        return switch (level) {
            case 1, 2 -> Period.ofYears(2);
            case 3, 4 -> Period.ofYears(1);
            case 5 -> Period.ofMonths(6);
            default -> throw new IllegalArgumentException("security level must be 1 to 5, was " + level);
        };
    }

    /** The next assessment due after {@code last}, or null when either is unknown. */
    public static LocalDate nextAssessment(Integer level, LocalDate last) {
        return level == null || last == null ? null : last.plus(assessmentInterval(level));
    }
}
