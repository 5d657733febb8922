package io.camwarden.findings;

import io.camwarden.domain.check.Evidence;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Evidence is stored as JSON text: {"summary": "...", "facts": [{"name", "value", "source"}]}. */
@Component
public class EvidenceJson {

    private final JsonMapper json;

    public EvidenceJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Evidence e) {
        return json.writeValueAsString(e);
    }

    public Evidence read(String text) {
        return text == null ? null : json.readValue(text, Evidence.class);
    }
}
