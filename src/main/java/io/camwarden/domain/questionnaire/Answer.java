package io.camwarden.domain.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The current answer of an information system to one question: who answered, when, with which document as
 * evidence, and the regulator's review of it, if any. A rejected answer counts as no answer.
 */
public record Answer(long informationSystemId, String questionId, int questionnaireVersion, String answer,
                     String evidenceReference, String note, String answeredBy, Instant answeredAt, Review review,
                     String reviewNote, String reviewedBy, Instant reviewedAt) {

    /** The regulator's verdict on an answer. */
    public enum Review { ACCEPTED, REJECTED }

    /** Where an answer stands on a given day. */
    public enum Status {
        /** Counts, not reviewed yet. */
        VALID,
        /** Counts, and the regulator accepted it. */
        ACCEPTED,
        /** The regulator rejected it: counts as no answer until the owner answers again. */
        REJECTED,
        /** Past its validity: counts as no answer until the owner answers again. */
        EXPIRED
    }

    /** Longest time an answer counts, whatever the system's schedule. */
    public static final java.time.Period MAX_VALIDITY = java.time.Period.ofYears(1);

    public LocalDate answeredOn() {
        return answeredAt.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The last day the answer counts: a year after it was given, or the date of the system's next periodic
     * assessment if that comes sooner (each assessment asks the owner again). A due date that had
     * already passed when the owner answered does not count: GOV-02 reports the overdue assessment.
     */
    public LocalDate validUntil(LocalDate nextAssessmentOn) {
        LocalDate year = answeredOn().plus(MAX_VALIDITY);
        if (nextAssessmentOn != null && nextAssessmentOn.isAfter(answeredOn()) && nextAssessmentOn.isBefore(year)) {
            return nextAssessmentOn;
        }
        return year;
    }

    public Status status(LocalDate today, LocalDate nextAssessmentOn) {
        if (review == Review.REJECTED) {
            return Status.REJECTED;
        }
        if (today.isAfter(validUntil(nextAssessmentOn))) {
            return Status.EXPIRED;
        }
        return review == Review.ACCEPTED ? Status.ACCEPTED : Status.VALID;
    }
}
