package io.camwarden.server;

import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every API error as RFC 9457 problem details. Validation problems carry {@code errors}: one entry
 * per bad field, so a client (or a person) can fix them all in one go.
 */
@RestControllerAdvice(basePackages = "io.camwarden")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()), e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Rejected a write that broke a database constraint: {}", e.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the change conflicts with stored data (a duplicate or a reference to a missing record)");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "bad parameter " + e.getName()),
                List.of(new FieldErrors.FieldError(e.getName(), "'" + e.getValue() + "' is not a valid " + expected)));
    }

    /** Unreadable JSON: name the field whose value could not be read. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        String detail = "the request body is not valid JSON for this endpoint";
        if (e.getCause() instanceof DatabindException de && !de.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (var ref : de.getPath()) {
                if (ref.getPropertyName() != null) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            errors.add(new FieldErrors.FieldError(field.toString(), "has a value of the wrong type or form"));
        }
        ProblemDetail p = withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), errors);
        return ResponseEntity.badRequest().body(p);
    }

    private static ProblemDetail withErrors(ProblemDetail p, List<FieldErrors.FieldError> errors) {
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors);
        }
        return p;
    }
}
