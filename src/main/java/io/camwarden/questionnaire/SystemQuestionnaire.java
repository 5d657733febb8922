package io.camwarden.questionnaire;

import java.time.LocalDate;
import java.util.List;

/** The questionnaire of one information system: every question, with the system's current answers. */
public record SystemQuestionnaire(long informationSystemId, String informationSystemName, Integer securityLevel,
                                  LocalDate nextAssessmentOn, int questionnaireVersion, String language,
                                  int asked, int answered, List<QuestionnaireItem> items) {
}
