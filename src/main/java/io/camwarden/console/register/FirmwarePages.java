package io.camwarden.console.register;

import io.camwarden.checks.FirmwareRegisterController;
import io.camwarden.checks.FirmwareRegisterRequest;
import io.camwarden.checks.FirmwareRegisterService;
import io.camwarden.checks.RegulatorOnly;
import io.camwarden.console.DeletePage;
import io.camwarden.console.FormErrors;
import io.camwarden.console.FormSubmission;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.FirmwareRegisterEntry;
import io.camwarden.registry.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The firmware register FW-01 compares devices with: every role reads it (as the API allows); REGULATOR and
 * ADMIN add, correct and remove releases through the API's service, so validation (versions CamWarden can put
 * in order, one entry per vendor, models and version) and audit are the same.
 */
@Controller
public class FirmwarePages {

    static final String PATH = "/registers/firmware";
    private static final String ACTION = "change the firmware register";

    private final FirmwareRegisterController api;
    private final FirmwareRegisterService service;

    public FirmwarePages(FirmwareRegisterController api, FirmwareRegisterService service) {
        this.api = api;
        this.service = service;
    }

    @GetMapping(PATH)
    public String list(Caller caller, Model model) {
        model.addAttribute("entries", api.list());
        model.addAttribute("canEdit", RegulatorOnly.allows(caller));
        return "registers/firmware";
    }

    @GetMapping(PATH + "/new")
    public ModelAndView newEntry(Caller caller) {
        RegulatorOnly.require(caller, ACTION);
        return form(null, FirmwareForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping(PATH)
    public ModelAndView add(Caller caller, @ModelAttribute FirmwareForm form, RedirectAttributes flash) {
        return save(caller, null, form, flash);
    }

    @GetMapping(PATH + "/{id}/edit")
    public ModelAndView edit(Caller caller, @PathVariable long id) {
        RegulatorOnly.require(caller, ACTION);
        return form(id, FirmwareForm.of(service.get(id)), FormErrors.NONE);
    }

    @PostMapping(PATH + "/{id}")
    public ModelAndView update(Caller caller, @PathVariable long id, @ModelAttribute FirmwareForm form,
                               RedirectAttributes flash) {
        return save(caller, id, form, flash);
    }

    @GetMapping(PATH + "/{id}/delete")
    public ModelAndView confirmDelete(Caller caller, @PathVariable long id) {
        RegulatorOnly.require(caller, ACTION);
        return DeletePage.confirm("firmware", name(service.get(id)), PATH + "/" + id, PATH);
    }

    @PostMapping(PATH + "/{id}/delete")
    public ModelAndView delete(Caller caller, @PathVariable long id, RedirectAttributes flash) {
        FirmwareRegisterEntry e = service.get(id);
        service.delete(caller, id);
        flash.addFlashAttribute("deleted", name(e));
        return new ModelAndView("redirect:" + PATH);
    }

    private ModelAndView save(Caller caller, Long id, FirmwareForm form, RedirectAttributes flash) {
        RegulatorOnly.require(caller, ACTION);
        return FormSubmission.submit(() -> {
            FieldErrors parse = new FieldErrors();
            FirmwareRegisterRequest request = form.toRequest(parse);
            parse.throwIfAny();
            FirmwareRegisterEntry e = id == null ? service.add(caller, request) : service.update(caller, id, request);
            flash.addFlashAttribute("saved", name(e));
            flash.addFlashAttribute("savedId", e.id());
            return new ModelAndView("redirect:" + PATH);
        }, errors -> form(id, form, errors));
    }

    private static String name(FirmwareRegisterEntry e) {
        return e.vendor() + " " + e.modelPattern() + " " + e.version();
    }

    private static ModelAndView form(Long id, FirmwareForm form, FormErrors errors) {
        ModelAndView mav = new ModelAndView("registers/firmware-form");
        mav.addObject("id", id);
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        return mav;
    }
}
