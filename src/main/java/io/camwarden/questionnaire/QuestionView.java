package io.camwarden.questionnaire;

import io.camwarden.domain.Language;
import io.camwarden.domain.questionnaire.AnswerType;
import io.camwarden.domain.questionnaire.Question;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A question as clients show it, in one language. */
public record QuestionView(
        @Schema(example = "CFG-02.2") String id,
        @Schema(description = "The check the answer decides, with the other questions of that check", example = "CFG-02")
        String checkId,
        @Schema(description = "Asked from this security level up; null at every level") Integer minLevel,
        AnswerType type,
        @Schema(description = "For NUMBER questions", example = "months") String unit,
        @Schema(description = "The question in the requested language") String text,
        @Schema(description = "What the regulation asks (English, as evidence quotes it)") String requirement,
        @Schema(description = "Whether an answer must name a document that shows it") boolean evidenceRequired,
        @Schema(description = "For CHOICE questions") List<ChoiceView> choices,
        @Schema(description = "What complies, per level where the regulation says so",
                example = "at least 3 months") String compliantAnswer) {

    /** A choice of a CHOICE question. */
    public record ChoiceView(String key, String text, boolean compliant) {
    }

    static QuestionView of(Question q, Language language, Integer level) {
        return new QuestionView(q.id(), q.checkId(), q.minLevel(), q.type(), q.unit(), q.text(language),
                q.requirement(), q.evidenceRequired(),
                q.choices().stream().map(c -> new ChoiceView(c.key(), c.text(language), c.compliant())).toList(),
                compliant(q, level));
    }

    /** At a known level, what complies there; otherwise every level's rule ("at least 3 months from level 3"). */
    private static String compliant(Question q, Integer level) {
        if (level != null || q.type() != AnswerType.NUMBER || q.numberRanges().size() < 2) {
            return q.compliantAnswer(level);
        }
        return String.join("; ", q.numberRanges().entrySet().stream()
                .map(e -> e.getValue().describe(q.unit()) + " from level " + e.getKey()).toList());
    }
}
