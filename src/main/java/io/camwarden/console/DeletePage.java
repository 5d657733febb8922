package io.camwarden.console;

import io.camwarden.registry.ConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Delete X?" with a button that posts the deletion: nothing is deleted by following a link. If the
 * service refuses (something still refers to the record), the same page says what.
 */
public final class DeletePage {

    private DeletePage() {
    }

    /** {@code kind} picks the wording ("organization", "site", "system"); {@code path} is the record's page. */
    public static ModelAndView confirm(String kind, String name, String path) {
        ModelAndView mav = new ModelAndView("confirm-delete");
        mav.addObject("kind", kind);
        mav.addObject("name", name);
        mav.addObject("path", path);
        return mav;
    }

    /** For records without a page of their own: {@code back} is where Cancel leads (the list). */
    public static ModelAndView confirm(String kind, String name, String path, String back) {
        ModelAndView mav = confirm(kind, name, path);
        mav.addObject("back", back);
        return mav;
    }

    public static ModelAndView refused(String kind, String name, String path, ConflictException e) {
        ModelAndView mav = confirm(kind, name, path);
        mav.addObject("refusal", e.getMessage());
        mav.setStatus(HttpStatus.CONFLICT);
        return mav;
    }
}
