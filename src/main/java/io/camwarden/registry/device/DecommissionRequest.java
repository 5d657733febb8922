package io.camwarden.registry.device;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** How a device leaves service, and the wipe done before it left. */
public record DecommissionRequest(
        @Schema(description = "RETIRED, TRANSFERRED, RETURNED_TO_VENDOR or DESTROYED", example = "TRANSFERRED",
                requiredMode = Schema.RequiredMode.REQUIRED) String disposition,
        @Schema(description = "FACTORY_RESET, SECURE_ERASE, STORAGE_DESTROYED, or NOT_WIPED to record that it was not",
                example = "FACTORY_RESET", requiredMode = Schema.RequiredMode.REQUIRED) String wipeMethod,
        @Schema(description = "When the wipe was done; required unless NOT_WIPED") LocalDate wipedOn,
        @Schema(description = "The document that shows the wipe (report number, photo, vendor tool log); required"
                + " unless NOT_WIPED", example = "Wipe report WR-2026-118") String wipeEvidence,
        @Schema(description = "Whether its accounts, API keys and certificates were revoked") Boolean credentialsRevoked,
        @Schema(description = "Who received the device (for a transfer or a return)", example = "Ward 7 People's Committee")
        String recipient,
        String note) {
}
