package io.camwarden.domain.questionnaire;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A version of the owner questionnaire: its questions in order. */
public record Questionnaire(int version, List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }

    /** The questions that decide one check, in order. */
    public List<Question> forCheck(String checkId) {
        return questions.stream().filter(q -> q.checkId().equals(checkId)).toList();
    }

    /** The checks the questionnaire decides, in the order of their first question. */
    public Set<String> checkIds() {
        Set<String> ids = new LinkedHashSet<>();
        questions.forEach(q -> ids.add(q.checkId()));
        return ids;
    }
}
