package io.camwarden.console.site;

import io.camwarden.console.Choices;
import io.camwarden.console.DeletePage;
import io.camwarden.console.FormErrors;
import io.camwarden.console.Htmx;
import io.camwarden.console.ListQuery;
import io.camwarden.console.ListResults;
import io.camwarden.console.OverviewQueries;
import io.camwarden.console.RecordNames;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Site;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Page;
import io.camwarden.registry.Writes;
import io.camwarden.registry.device.DeviceController;
import io.camwarden.registry.site.SiteController;
import io.camwarden.registry.site.SiteRequest;
import io.camwarden.registry.site.SiteService;
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

/** Sites: list with search, detail, and the create/edit/delete forms. */
@Controller
public class SitePages {

    private final SiteService sites;
    private final SiteController api;
    private final DeviceController devices;
    private final OverviewQueries overview;
    private final Choices choices;
    private final RecordNames names;

    public SitePages(SiteService sites, SiteController api, DeviceController devices, OverviewQueries overview,
                     Choices choices, RecordNames names) {
        this.sites = sites;
        this.api = api;
        this.devices = devices;
        this.overview = overview;
        this.choices = choices;
        this.names = names;
    }

    @GetMapping("/sites")
    public String list(Caller caller, HttpServletRequest request, HttpServletResponse response, Model model,
                       @RequestParam(required = false) String q, @RequestParam(required = false) String district,
                       @RequestParam(required = false) Long organizationId,
                       @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort) {
        ListQuery query = new ListQuery("/sites").with("q", q).with("district", district)
                .with("organizationId", organizationId).with("sort", sort)
                .with("page", page == null || page == 0 ? null : page);
        model.addAttribute("query", query);
        Page<Site> result = ListResults.load(model, 50, () ->
                api.list(caller, organizationId, district, q, page, 50, sort));
        model.addAttribute("sites", result);
        model.addAttribute("names", names.open(caller));
        if (Htmx.partial(request)) {
            Htmx.pushUrl(response, query);
            return "sites/list :: results";
        }
        model.addAttribute("districts", overview.districts(caller));
        return "sites/list";
    }

    @GetMapping("/sites/{id}")
    public String detail(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("site", sites.get(caller, id));
        model.addAttribute("names", names.open(caller));
        model.addAttribute("deviceCount", devices.list(caller, null, null, null, null, id, null, null, null, null, null,
                null, null, 0, 1, null).total());
        return "sites/detail";
    }

    @GetMapping("/sites/new")
    public ModelAndView newSite(Caller caller, @RequestParam(required = false) String organizationId) {
        Writes.requireWriter(caller);
        return form(caller, null, SiteForm.empty(organizationId), FormErrors.NONE);
    }

    @PostMapping("/sites")
    public ModelAndView create(Caller caller, @ModelAttribute SiteForm form, RedirectAttributes flash) {
        return save(caller, null, form, flash);
    }

    @GetMapping("/sites/{id}/edit")
    public ModelAndView edit(Caller caller, @PathVariable long id) {
        Writes.requireWriter(caller);
        return form(caller, id, SiteForm.of(sites.get(caller, id)), FormErrors.NONE);
    }

    @PostMapping("/sites/{id}")
    public ModelAndView update(Caller caller, @PathVariable long id, @ModelAttribute SiteForm form,
                               RedirectAttributes flash) {
        return save(caller, id, form, flash);
    }

    @GetMapping("/sites/{id}/delete")
    public ModelAndView confirmDelete(Caller caller, @PathVariable long id) {
        Writes.requireWriter(caller);
        return DeletePage.confirm("site", sites.get(caller, id).name(), "/sites/" + id);
    }

    @PostMapping("/sites/{id}/delete")
    public ModelAndView delete(Caller caller, @PathVariable long id, RedirectAttributes flash) {
        Site s = sites.get(caller, id);
        try {
            sites.delete(caller, id);
        } catch (ConflictException e) {
            return DeletePage.refused("site", s.name(), "/sites/" + id, e);
        }
        flash.addFlashAttribute("deleted", s.name());
        return new ModelAndView("redirect:/sites");
    }

    private ModelAndView save(Caller caller, Long id, SiteForm form, RedirectAttributes flash) {
        Writes.requireWriter(caller);
        FieldErrors parse = new FieldErrors();
        SiteRequest request = form.toRequest(parse);
        try {
            parse.throwIfAny();
            Site s = id == null ? sites.create(caller, request) : sites.update(caller, id, request);
            flash.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/sites/" + s.id());
        } catch (InvalidInputException e) {
            ModelAndView mav = form(caller, id, form, FormErrors.of(e));
            mav.setStatus(HttpStatus.BAD_REQUEST);
            return mav;
        }
    }

    private ModelAndView form(Caller caller, Long id, SiteForm form, FormErrors errors) {
        ModelAndView mav = new ModelAndView("sites/form");
        mav.addObject("id", id);
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        mav.addObject("organizations", choices.organizations(caller));
        mav.addObject("districts", overview.districts(caller));
        return mav;
    }
}
