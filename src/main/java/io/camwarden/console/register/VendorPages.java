package io.camwarden.console.register;

import io.camwarden.checks.RegulatorOnly;
import io.camwarden.checks.VendorRegisterController;
import io.camwarden.checks.VendorRegisterRequest;
import io.camwarden.checks.VendorRegisterService;
import io.camwarden.console.DeletePage;
import io.camwarden.console.FormErrors;
import io.camwarden.console.FormSubmission;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.VendorRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor register FW-04 reads (a vendor's reporting channel, advisory feed and support period): every role
 * reads it (as the API allows); REGULATOR and ADMIN add, correct and remove vendors through the API's service,
 * so validation (one entry per vendor, whatever its spelling; a source for every entry) and audit are the same.
 */
@Controller
public class VendorPages {

    static final String PATH = "/registers/vendors";
    private static final String ACTION = "change the vendor register";

    private final VendorRegisterController api;
    private final VendorRegisterService service;

    public VendorPages(VendorRegisterController api, VendorRegisterService service) {
        this.api = api;
        this.service = service;
    }

    @GetMapping(PATH)
    public String list(Caller caller, Model model) {
        model.addAttribute("entries", api.list());
        model.addAttribute("canEdit", RegulatorOnly.allows(caller));
        return "registers/vendors";
    }

    @GetMapping(PATH + "/new")
    public ModelAndView newEntry(Caller caller) {
        RegulatorOnly.require(caller, ACTION);
        return form(null, VendorForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping(PATH)
    public ModelAndView add(Caller caller, @ModelAttribute VendorForm form, RedirectAttributes flash) {
        return save(caller, null, form, flash);
    }

    @GetMapping(PATH + "/{id}/edit")
    public ModelAndView edit(Caller caller, @PathVariable long id) {
        RegulatorOnly.require(caller, ACTION);
        return form(id, VendorForm.of(service.get(id)), FormErrors.NONE);
    }

    @PostMapping(PATH + "/{id}")
    public ModelAndView update(Caller caller, @PathVariable long id, @ModelAttribute VendorForm form,
                               RedirectAttributes flash) {
        return save(caller, id, form, flash);
    }

    @GetMapping(PATH + "/{id}/delete")
    public ModelAndView confirmDelete(Caller caller, @PathVariable long id) {
        RegulatorOnly.require(caller, ACTION);
        return DeletePage.confirm("vendor", name(service.get(id)), PATH + "/" + id, PATH);
    }

    @PostMapping(PATH + "/{id}/delete")
    public ModelAndView delete(Caller caller, @PathVariable long id, RedirectAttributes flash) {
        VendorRecord e = service.get(id);
        service.delete(caller, id);
        flash.addFlashAttribute("deleted", name(e));
        return new ModelAndView("redirect:" + PATH);
    }

    private ModelAndView save(Caller caller, Long id, VendorForm form, RedirectAttributes flash) {
        RegulatorOnly.require(caller, ACTION);
        VendorRegisterRequest request = form.toRequest();
        return FormSubmission.submit(() -> {
            VendorRecord e = id == null ? service.add(caller, request) : service.update(caller, id, request);
            flash.addFlashAttribute("saved", name(e));
            flash.addFlashAttribute("savedId", e.id());
            return new ModelAndView("redirect:" + PATH);
        }, errors -> form(id, form, errors));
    }

    private static String name(VendorRecord e) {
        return e.vendor();
    }

    private static ModelAndView form(Long id, VendorForm form, FormErrors errors) {
        ModelAndView mav = new ModelAndView("registers/vendor-form");
        mav.addObject("id", id);
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        return mav;
    }
}
