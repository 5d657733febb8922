package io.camwarden.domain;

import java.time.LocalDate;

/** The approved security-level dossier of an information system (Decree 85 / its 2026 successor). */
public record LevelDossier(String reference, LocalDate approvedOn, String approvedBy) {

    public boolean approved() {
        return reference != null && !reference.isBlank() && approvedOn != null;
    }
}
