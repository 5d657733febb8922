package io.camwarden.domain.questionnaire;

/** What kind of answer a question takes. */
public enum AnswerType {
    /** "yes" or "no". */
    YES_NO,
    /** A whole number of the question's unit (months, minutes, failures), compliant within a range. */
    NUMBER,
    /** One of the question's choices. */
    CHOICE
}
