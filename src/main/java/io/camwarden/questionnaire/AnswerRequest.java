package io.camwarden.questionnaire;

import io.swagger.v3.oas.annotations.media.Schema;

/** An owner's answer to one question for one information system. */
public record AnswerRequest(
        @Schema(description = "yes or no; a whole number; or the key of a choice", example = "12",
                requiredMode = Schema.RequiredMode.REQUIRED) String answer,
        @Schema(description = "The document that shows the answer: file number, title or where it is kept."
                + " Required where the question says evidenceRequired", example = "Log server retention policy LS-2026-03")
        String evidenceReference,
        @Schema(description = "Anything the reviewer should know") String note) {
}
