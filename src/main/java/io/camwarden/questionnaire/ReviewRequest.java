package io.camwarden.questionnaire;

import io.swagger.v3.oas.annotations.media.Schema;

/** The regulator's review of an answer. A rejection needs a note that tells the owner what is wrong. */
public record ReviewRequest(
        @Schema(description = "ACCEPTED or REJECTED", example = "REJECTED", requiredMode = Schema.RequiredMode.REQUIRED)
        String decision,
        @Schema(example = "The retention policy shown covers the VMS only, not the NVRs") String note) {
}
