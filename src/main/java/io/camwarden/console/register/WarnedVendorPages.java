package io.camwarden.console.register;

import io.camwarden.checks.RegulatorOnly;
import io.camwarden.checks.WarnedVendorController;
import io.camwarden.checks.WarnedVendorRequest;
import io.camwarden.checks.WarnedVendorService;
import io.camwarden.console.FormErrors;
import io.camwarden.console.FormSubmission;
import io.camwarden.console.Htmx;
import io.camwarden.console.ListQuery;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The warned-vendor lists INV-05 matches against: every role reads them (as the API allows); REGULATOR and ADMIN
 * add entries and retire them with a reason. The API has no edit: a changed listing is a new entry, and the old
 * one is retired, so the record shows what applied when.
 */
@Controller
public class WarnedVendorPages {

    static final String PATH = "/registers/warned-vendors";

    private final WarnedVendorController api;
    private final WarnedVendorService service;

    public WarnedVendorPages(WarnedVendorController api, WarnedVendorService service) {
        this.api = api;
        this.service = service;
    }

    @GetMapping("/registers")
    public String registers() {
        return "redirect:" + PATH;
    }

    @GetMapping(PATH)
    public String list(Caller caller, HttpServletRequest request, HttpServletResponse response, Model model,
                       @RequestParam(required = false) String includeRetired) {
        boolean retired = "true".equals(includeRetired);
        ListQuery query = new ListQuery(PATH).with("includeRetired", retired ? "true" : null);
        model.addAttribute("query", query);
        model.addAttribute("entries", api.list(retired));
        model.addAttribute("canEdit", RegulatorOnly.allows(caller));
        if (Htmx.partial(request)) {
            Htmx.pushUrl(response, query);
            return "registers/warned-vendors :: results";
        }
        return "registers/warned-vendors";
    }

    @GetMapping(PATH + "/new")
    public ModelAndView newEntry(Caller caller) {
        RegulatorOnly.require(caller, "change the warned-vendor lists");
        return form(WarnedVendorForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping(PATH)
    public ModelAndView add(Caller caller, @ModelAttribute WarnedVendorForm form, RedirectAttributes flash) {
        FieldErrors parse = new FieldErrors();
        WarnedVendorRequest request = form.toRequest(parse);
        try {
            RegulatorOnly.require(caller, "change the warned-vendor lists"); // before the form's own errors
            parse.throwIfAny();
            WarnedVendor w = service.add(caller, request);
            flash.addFlashAttribute("saved", w.vendor());
            flash.addFlashAttribute("savedId", w.id());
            return new ModelAndView("redirect:" + PATH);
        } catch (InvalidInputException e) {
            ModelAndView mav = form(form, FormErrors.atListFields(e));
            mav.setStatus(HttpStatus.BAD_REQUEST); // the browser sees the form, a script sees nothing was saved
            return mav;
        }
    }

    @GetMapping(PATH + "/{id}/retire")
    public ModelAndView confirmRetire(Caller caller, @PathVariable long id) {
        RegulatorOnly.require(caller, "change the warned-vendor lists");
        return retirePage(service.get(id), "", FormErrors.NONE);
    }

    @PostMapping(PATH + "/{id}/retire")
    public ModelAndView retire(Caller caller, @PathVariable long id, @RequestParam(required = false) String reason,
                               RedirectAttributes flash) {
        return FormSubmission.submit(() -> {
            WarnedVendor w = service.retire(caller, id, reason);
            flash.addFlashAttribute("retired", w.vendor());
            return new ModelAndView("redirect:" + PATH);
        }, errors -> retirePage(service.get(id), reason, errors));
    }

    private static ModelAndView form(WarnedVendorForm form, FormErrors errors) {
        ModelAndView mav = new ModelAndView("registers/warned-vendor-form");
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        return mav;
    }

    private static ModelAndView retirePage(WarnedVendor entry, String reason, FormErrors errors) {
        ModelAndView mav = new ModelAndView("registers/warned-vendor-retire");
        mav.addObject("entry", entry);
        mav.addObject("reason", reason);
        mav.addObject("errors", errors);
        return mav;
    }
}
