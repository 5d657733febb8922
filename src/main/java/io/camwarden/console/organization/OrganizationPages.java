package io.camwarden.console.organization;

import io.camwarden.console.Choices;
import io.camwarden.console.DeletePage;
import io.camwarden.console.FormErrors;
import io.camwarden.console.ListQuery;
import io.camwarden.console.RecordNames;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Language;
import io.camwarden.domain.Organization;
import io.camwarden.domain.OrganizationKind;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Writes;
import io.camwarden.registry.device.DeviceController;
import io.camwarden.registry.organization.OrganizationController;
import io.camwarden.registry.organization.OrganizationRequest;
import io.camwarden.registry.organization.OrganizationService;
import io.camwarden.registry.site.SiteController;
import io.camwarden.registry.system.InformationSystemController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisations: the tree (opened level by level through htmx), a search, the detail page with what
 * belongs to the organisation, and the create/edit/delete forms.
 */
@Controller
public class OrganizationPages {

    static final int LISTED = 100;

    private final OrganizationService organizations;
    private final OrganizationController api;
    private final OrganizationTree tree;
    private final SiteController sites;
    private final InformationSystemController systems;
    private final DeviceController devices;
    private final Choices choices;
    private final RecordNames names;

    public OrganizationPages(OrganizationService organizations, OrganizationController api, OrganizationTree tree,
                             SiteController sites, InformationSystemController systems, DeviceController devices,
                             Choices choices, RecordNames names) {
        this.organizations = organizations;
        this.api = api;
        this.tree = tree;
        this.sites = sites;
        this.systems = systems;
        this.devices = devices;
        this.choices = choices;
        this.names = names;
    }

    @GetMapping("/organizations")
    public String list(Caller caller, Model model, @RequestParam(required = false) String q,
                       @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page) {
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        if ((q == null || q.isBlank()) && (kind == null || kind.isBlank())) {
            model.addAttribute("nodes", tree.tops(caller));
            model.addAttribute("levelLimit", OrganizationTree.LEVEL_LIMIT);
            return "organizations/tree";
        }
        ListQuery query = new ListQuery("/organizations").with("q", q).with("kind", kind);
        model.addAttribute("query", query);
        model.addAttribute("results", api.list(caller, kind, null, q, page, 50, "name"));
        model.addAttribute("names", names.open(caller));
        return "organizations/tree";
    }

    /** One more level of the tree, for htmx. */
    @GetMapping("/organizations/{id}/children")
    public String children(Caller caller, @PathVariable long id, Model model) {
        organizations.get(caller, id);
        model.addAttribute("nodes", tree.children(caller, id));
        model.addAttribute("levelLimit", OrganizationTree.LEVEL_LIMIT);
        return "organizations/tree :: level";
    }

    @GetMapping("/organizations/{id}")
    public String detail(Caller caller, @PathVariable long id, Model model) {
        Organization o = organizations.get(caller, id);
        model.addAttribute("org", o);
        model.addAttribute("names", names.open(caller));
        model.addAttribute("children", api.list(caller, null, id, null, 0, LISTED, "name"));
        model.addAttribute("sites", sites.list(caller, id, null, null, 0, LISTED, "name"));
        model.addAttribute("systems", systems.list(caller, id, null, null, null, 0, LISTED, "name"));
        model.addAttribute("deviceCount", devices.list(caller, null, null, null, id, null, null, null, null, null, null,
                null, null, 0, 1, null).total());
        return "organizations/detail";
    }

    @GetMapping("/organizations/new")
    public ModelAndView newOrganization(Caller caller, @RequestParam(required = false) String parentId) {
        Writes.requireWriter(caller);
        return form(caller, null, OrganizationForm.empty(parentId), FormErrors.NONE);
    }

    @PostMapping("/organizations")
    public ModelAndView create(Caller caller, HttpServletRequest request, RedirectAttributes flash) {
        return save(caller, null, OrganizationForm.from(request), flash);
    }

    @GetMapping("/organizations/{id}/edit")
    public ModelAndView edit(Caller caller, @PathVariable long id) {
        Writes.requireWriter(caller);
        return form(caller, id, OrganizationForm.of(organizations.get(caller, id)), FormErrors.NONE);
    }

    @PostMapping("/organizations/{id}")
    public ModelAndView update(Caller caller, @PathVariable long id, HttpServletRequest request,
                               RedirectAttributes flash) {
        return save(caller, id, OrganizationForm.from(request), flash);
    }

    @GetMapping("/organizations/{id}/delete")
    public ModelAndView confirmDelete(Caller caller, @PathVariable long id) {
        Writes.requireWriter(caller);
        return DeletePage.confirm("organization", organizations.get(caller, id).name(), "/organizations/" + id);
    }

    @PostMapping("/organizations/{id}/delete")
    public ModelAndView delete(Caller caller, @PathVariable long id, RedirectAttributes flash) {
        Organization o = organizations.get(caller, id);
        try {
            organizations.delete(caller, id);
        } catch (ConflictException e) {
            return DeletePage.refused("organization", o.name(), "/organizations/" + id, e);
        }
        flash.addFlashAttribute("deleted", o.name());
        return new ModelAndView("redirect:/organizations");
    }

    private ModelAndView save(Caller caller, Long id, OrganizationForm form, RedirectAttributes flash) {
        Writes.requireWriter(caller);
        FieldErrors parse = new FieldErrors();
        OrganizationRequest request = form.toRequest(parse);
        try {
            parse.throwIfAny();
            Organization o = id == null ? organizations.create(caller, request) : organizations.update(caller, id, request);
            flash.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/organizations/" + o.id());
        } catch (InvalidInputException e) {
            return refused(form(caller, id, form.withSpareRows(), FormErrors.of(e)), HttpStatus.BAD_REQUEST);
        } catch (ConflictException | ForbiddenException e) {
            // e.g. an owner placing an organisation outside its own tree: say why, keep what was typed
            return refused(form(caller, id, form.withSpareRows(), FormErrors.global(e.getMessage())),
                    e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN);
        }
    }

    private ModelAndView form(Caller caller, Long id, OrganizationForm form, FormErrors errors) {
        ModelAndView mav = new ModelAndView("organizations/form");
        mav.addObject("id", id);
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        mav.addObject("kinds", OrganizationKind.values());
        mav.addObject("languages", Language.values());
        mav.addObject("organizations", choices.organizations(caller));
        return mav;
    }

    private static ModelAndView refused(ModelAndView mav, HttpStatus status) {
        mav.setStatus(status);
        return mav;
    }
}
