package io.camwarden.console;

import io.camwarden.registry.ConflictException;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of console pages as pages (the API answers problem details; this advice comes first for the
 * console's own controllers). An htmx request gets only the message, swapped in where the result would go.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(Exception.class)
    public ModelAndView handle(Exception e, HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(e);
        if (status.is5xxServerError()) {
            log.error("Console page {} {} failed", request.getMethod(), request.getRequestURI(), e);
        }
        ModelAndView mav = new ModelAndView(Htmx.partial(request) ? "error :: panel" : "error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        // The service's own words say exactly what was refused or wrong. "Not found" needs no more words, and
        // a failure inside the server says nothing to the user (the log has it).
        boolean quiet = status.is5xxServerError() || status == HttpStatus.NOT_FOUND
                || status == HttpStatus.PAYLOAD_TOO_LARGE;
        mav.addObject("detail", quiet ? null : e.getMessage());
        return mav;
    }

    static HttpStatus status(Exception e) {
        return switch (e) {
            case ForbiddenException f -> HttpStatus.FORBIDDEN;
            case NotFoundException n -> HttpStatus.NOT_FOUND;
            case InvalidInputException i -> HttpStatus.BAD_REQUEST;
            case ConflictException c -> HttpStatus.CONFLICT;
            case DataIntegrityViolationException d -> HttpStatus.CONFLICT;
            case MaxUploadSizeExceededException m -> HttpStatus.PAYLOAD_TOO_LARGE;
            case TypeMismatchException t -> HttpStatus.BAD_REQUEST;
            case ErrorResponse r -> HttpStatus.resolve(r.getStatusCode().value()) == null
                    ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(r.getStatusCode().value());
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
