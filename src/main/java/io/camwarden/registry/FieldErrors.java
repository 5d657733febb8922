package io.camwarden.registry;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input before reporting, so the user can fix them all at once. */
public final class FieldErrors {

    /** One bad field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** "field: message; field: message" — for one-line reports such as import rejections. */
    public String summary() {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }
}
