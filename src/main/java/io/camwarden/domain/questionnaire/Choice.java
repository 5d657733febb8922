package io.camwarden.domain.questionnaire;

import io.camwarden.domain.Language;
import java.util.Map;

/** One answer a CHOICE question offers: its key (what is stored), whether it complies, and its wording. */
public record Choice(String key, boolean compliant, Map<Language, String> text) {

    public Choice {
        text = Map.copyOf(text);
    }

    public String text(Language language) {
        return text.getOrDefault(language, text.get(Language.EN));
    }
}
