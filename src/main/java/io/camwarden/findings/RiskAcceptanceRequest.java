package io.camwarden.findings;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Accept the risk of an open finding: why, and until when (at most a year; then it is reviewed again). */
public record RiskAcceptanceRequest(
        @Schema(example = "Replacement ordered under contract 2026/17; camera isolated in VLAN 30",
                requiredMode = Schema.RequiredMode.REQUIRED) String reason,
        @Schema(example = "2026-12-31", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate until) {
}
