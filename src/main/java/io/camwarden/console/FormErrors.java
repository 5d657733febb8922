package io.camwarden.console;

import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was wrong with a submitted form, by field, to show next to each field; and what was wrong with the
 * whole (a conflict, a refusal). Field names are the services' own, so their errors land where they belong.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors();

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> global = new ArrayList<>();

    public static FormErrors of(InvalidInputException e) {
        FormErrors f = new FormErrors();
        e.errors().forEach(f::add);
        return f;
    }

    /**
     * Like {@link #of}, but the errors of a list's items (brands[2]) are shown at the list's own field (brands):
     * for forms where the whole list is one text field.
     */
    public static FormErrors atListFields(InvalidInputException e) {
        FormErrors f = new FormErrors();
        e.errors().forEach(x -> f.add(new FieldErrors.FieldError(x.field().replaceFirst("\\[\\d+]$", ""),
                x.message())));
        return f;
    }

    public static FormErrors global(String message) {
        FormErrors f = new FormErrors();
        f.global.add(message);
        return f;
    }

    public FormErrors add(FieldErrors.FieldError e) {
        byField.computeIfAbsent(e.field(), k -> new ArrayList<>()).add(e.message());
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<String> getGlobal() {
        return global;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && global.isEmpty();
    }

    public int count() {
        return byField.values().stream().mapToInt(List::size).sum() + global.size();
    }

    /**
     * Errors of fields the form does not show, so none is silently lost. A shown name ending in * stands for
     * every field it begins (contacts* for contacts[0].email and so on).
     */
    public List<FieldErrors.FieldError> outside(List<String> shown) {
        List<FieldErrors.FieldError> rest = new ArrayList<>();
        byField.forEach((field, messages) -> {
            boolean isShown = shown.stream().anyMatch(s -> s.endsWith("*")
                    ? field.startsWith(s.substring(0, s.length() - 1)) : s.equals(field));
            if (!isShown) {
                messages.forEach(m -> rest.add(new FieldErrors.FieldError(field, m)));
            }
        });
        return rest;
    }
}
