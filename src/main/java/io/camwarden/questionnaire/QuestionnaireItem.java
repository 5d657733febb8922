package io.camwarden.questionnaire;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One question for one information system, with its current answer. {@code status}: UNANSWERED, VALID,
 * ACCEPTED (by the regulator), REJECTED (counts as no answer) or EXPIRED (past {@code validUntil}).
 */
public record QuestionnaireItem(
        QuestionView question,
        @Schema(description = "Whether the system's level asks this question (its check and the question apply)")
        boolean asked,
        @Schema(example = "VALID") String status,
        @Schema(description = "Whether the current answer complies at the system's level; null when unanswered")
        Boolean compliant,
        @Schema(example = "12") String answer,
        @Schema(example = "Log server retention policy LS-2026-03") String evidenceReference,
        String note,
        String answeredBy,
        Instant answeredAt,
        @Schema(description = "The last day the answer counts: the system's next periodic assessment or a year"
                + " after answering, whichever comes first") LocalDate validUntil,
        @Schema(example = "REJECTED") String review,
        String reviewNote,
        String reviewedBy,
        Instant reviewedAt) {
}
