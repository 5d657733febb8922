package io.camwarden.registry;

import java.util.List;

/** Input that failed validation; answered as RFC 9457 problem details listing every bad field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldErrors.FieldError> errors;

    public InvalidInputException(List<FieldErrors.FieldError> errors) {
        super(errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldErrors.FieldError(field, message)));
    }

    public List<FieldErrors.FieldError> errors() {
        return errors;
    }
}
