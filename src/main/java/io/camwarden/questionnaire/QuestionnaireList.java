package io.camwarden.questionnaire;

import java.util.List;

/** The questions of the shipped questionnaire in one language. */
public record QuestionnaireList(int version, String language, List<QuestionView> questions) {
}
