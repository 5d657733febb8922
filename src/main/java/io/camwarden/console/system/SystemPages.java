package io.camwarden.console.system;

import io.camwarden.console.Choices;
import io.camwarden.console.DeletePage;
import io.camwarden.console.FormErrors;
import io.camwarden.console.Htmx;
import io.camwarden.console.ListQuery;
import io.camwarden.console.ListResults;
import io.camwarden.console.RecordNames;
import io.camwarden.domain.Caller;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.SecurityLevels;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Page;
import io.camwarden.registry.Writes;
import io.camwarden.registry.device.DeviceController;
import io.camwarden.registry.system.InformationSystemController;
import io.camwarden.registry.system.InformationSystemRequest;
import io.camwarden.registry.system.InformationSystemService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
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

/** Information systems: list (by level, overdue assessments, text), detail, and the create/edit/delete forms. */
@Controller
public class SystemPages {

    private final InformationSystemService systems;
    private final InformationSystemController api;
    private final DeviceController devices;
    private final Choices choices;
    private final RecordNames names;
    private final Clock clock;

    public SystemPages(InformationSystemService systems, InformationSystemController api, DeviceController devices,
                       Choices choices, RecordNames names, Clock clock) {
        this.systems = systems;
        this.api = api;
        this.devices = devices;
        this.choices = choices;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/systems")
    public String list(Caller caller, HttpServletRequest request, HttpServletResponse response, Model model,
                       @RequestParam(required = false) String q, @RequestParam(required = false) Integer securityLevel,
                       @RequestParam(required = false) Boolean overdue,
                       @RequestParam(required = false) Long organizationId,
                       @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort) {
        ListQuery query = new ListQuery("/systems").with("q", q).with("securityLevel", securityLevel)
                .with("overdue", Boolean.TRUE.equals(overdue) ? "true" : null).with("organizationId", organizationId)
                .with("sort", sort).with("page", page == null || page == 0 ? null : page);
        model.addAttribute("query", query);
        Page<InformationSystem> result = ListResults.load(model, 50, () ->
                api.list(caller, organizationId, securityLevel, overdue, q, page, 50, sort));
        model.addAttribute("systems", result);
        model.addAttribute("names", names.open(caller));
        model.addAttribute("today", LocalDate.now(clock));
        if (Htmx.partial(request)) {
            Htmx.pushUrl(response, query);
            return "systems/list :: results";
        }
        return "systems/list";
    }

    @GetMapping("/systems/{id}")
    public String detail(Caller caller, @PathVariable long id, Model model) {
        InformationSystem s = systems.get(caller, id);
        model.addAttribute("system", s);
        model.addAttribute("names", names.open(caller));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("interval", s.securityLevel() == null ? null
                : SecurityLevels.assessmentInterval(s.securityLevel()).toTotalMonths());
        model.addAttribute("deviceCount", devices.list(caller, null, null, null, null, null, id, null, null, null, null,
                null, null, 0, 1, null).total());
        return "systems/detail";
    }

    @GetMapping("/systems/new")
    public ModelAndView newSystem(Caller caller, @RequestParam(required = false) String organizationId) {
        Writes.requireWriter(caller);
        return form(caller, null, SystemForm.empty(organizationId), FormErrors.NONE);
    }

    @PostMapping("/systems")
    public ModelAndView create(Caller caller, @ModelAttribute SystemForm form, RedirectAttributes flash) {
        return save(caller, null, form, flash);
    }

    @GetMapping("/systems/{id}/edit")
    public ModelAndView edit(Caller caller, @PathVariable long id) {
        Writes.requireWriter(caller);
        return form(caller, id, SystemForm.of(systems.get(caller, id)), FormErrors.NONE);
    }

    @PostMapping("/systems/{id}")
    public ModelAndView update(Caller caller, @PathVariable long id, @ModelAttribute SystemForm form,
                               RedirectAttributes flash) {
        return save(caller, id, form, flash);
    }

    @GetMapping("/systems/{id}/delete")
    public ModelAndView confirmDelete(Caller caller, @PathVariable long id) {
        Writes.requireWriter(caller);
        return DeletePage.confirm("system", systems.get(caller, id).name(), "/systems/" + id);
    }

    @PostMapping("/systems/{id}/delete")
    public ModelAndView delete(Caller caller, @PathVariable long id, RedirectAttributes flash) {
        InformationSystem s = systems.get(caller, id);
        try {
            systems.delete(caller, id);
        } catch (ConflictException e) {
            return DeletePage.refused("system", s.name(), "/systems/" + id, e);
        }
        flash.addFlashAttribute("deleted", s.name());
        return new ModelAndView("redirect:/systems");
    }

    private ModelAndView save(Caller caller, Long id, SystemForm form, RedirectAttributes flash) {
        Writes.requireWriter(caller);
        FieldErrors parse = new FieldErrors();
        InformationSystemRequest request = form.toRequest(parse);
        try {
            parse.throwIfAny();
            InformationSystem s = id == null ? systems.create(caller, request) : systems.update(caller, id, request);
            flash.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/systems/" + s.id());
        } catch (InvalidInputException e) {
            ModelAndView mav = form(caller, id, form, FormErrors.of(e));
            mav.setStatus(HttpStatus.BAD_REQUEST);
            return mav;
        }
    }

    private ModelAndView form(Caller caller, Long id, SystemForm form, FormErrors errors) {
        ModelAndView mav = new ModelAndView("systems/form");
        mav.addObject("id", id);
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        mav.addObject("organizations", choices.organizations(caller));
        return mav;
    }
}
