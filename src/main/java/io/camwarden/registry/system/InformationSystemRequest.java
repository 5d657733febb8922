package io.camwarden.registry.system;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Create or replace an information system. Without nextAssessmentOn, it follows from the level's interval. */
public record InformationSystemRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long organizationId,
        @Schema(example = "District 1 traffic cameras", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(example = "Traffic monitoring and incident response") String purpose,
        @Schema(description = "Security level 1 (lowest) to 5", example = "3") Integer securityLevel,
        @Schema(description = "Level dossier reference", example = "HSĐX-2025/017") String dossierReference,
        LocalDate dossierApprovedOn,
        @Schema(example = "Sở Thông tin và Truyền thông") String dossierApprovedBy,
        LocalDate lastAssessmentOn,
        LocalDate nextAssessmentOn) {
}
