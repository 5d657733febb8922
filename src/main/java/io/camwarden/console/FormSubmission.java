package io.camwarden.console;

import io.camwarden.registry.ConflictException;
import io.camwarden.registry.InvalidInputException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A console form's POST through a service: what the service refuses comes back as the same form, with the
 * errors at its fields (400) or, for a conflict with what is stored, above it (409). The status tells a script
 * that nothing was saved; the browser just sees the form again.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    public static ModelAndView submit(Supplier<ModelAndView> save, Function<FormErrors, ModelAndView> formAgain) {
        try {
            return save.get();
        } catch (InvalidInputException e) {
            return refused(formAgain.apply(FormErrors.of(e)), HttpStatus.BAD_REQUEST);
        } catch (ConflictException e) {
            return refused(formAgain.apply(FormErrors.global(e.getMessage())), HttpStatus.CONFLICT);
        }
    }

    private static ModelAndView refused(ModelAndView mav, HttpStatus status) {
        mav.setStatus(status);
        return mav;
    }
}
