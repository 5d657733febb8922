package io.camwarden.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A device taken out of service (check DAT-03): how it left (retired, transferred to another owner, returned
 * to the vendor, destroyed), the wipe done before it left — method, date and the document that shows it —
 * and whether its credentials and certificates were revoked. A decommissioned device stays in the registry
 * as the record of how it left; only DAT-03 is still decided for it.
 */
public record Decommission(long deviceId, Disposition disposition, WipeMethod wipeMethod, LocalDate wipedOn,
                           String wipeEvidence, boolean credentialsRevoked, String recipient, String note,
                           Instant decommissionedAt, String decommissionedBy, Instant updatedAt, String updatedBy) {

    /** Where the device went. */
    public enum Disposition { RETIRED, TRANSFERRED, RETURNED_TO_VENDOR, DESTROYED }

    /** How its recordings, configuration and credentials were erased; NOT_WIPED records that they were not. */
    public enum WipeMethod {
        FACTORY_RESET, SECURE_ERASE, STORAGE_DESTROYED, NOT_WIPED;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** A wipe counts when it was done and a document shows it. */
    public boolean wiped() {
        return wipeMethod != WipeMethod.NOT_WIPED && wipedOn != null && wipeEvidence != null && !wipeEvidence.isBlank();
    }
}
