package io.camwarden.console.device;

import io.camwarden.console.Choices;
import io.camwarden.console.FormErrors;
import io.camwarden.console.RecordNames;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceKind;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Writes;
import io.camwarden.registry.device.DeviceRequest;
import io.camwarden.registry.device.DeviceService;
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
 * Create, edit and delete devices. The service checks everything (scope, read-only roles, references,
 * serial and MAC unique within the owner) and records history and audit; a refused form comes back with
 * each error next to its field and everything the user typed still in place.
 */
@Controller
public class DeviceFormController {

    private final DeviceService devices;
    private final Choices choices;
    private final RecordNames names;

    public DeviceFormController(DeviceService devices, Choices choices, RecordNames names) {
        this.devices = devices;
        this.choices = choices;
        this.names = names;
    }

    @GetMapping("/devices/new")
    public ModelAndView newDevice(Caller caller, @RequestParam(required = false) String organizationId,
                                  @RequestParam(required = false) String siteId,
                                  @RequestParam(required = false) String informationSystemId,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String vendor,
                                  @RequestParam(required = false) String model,
                                  @RequestParam(required = false) String firmware,
                                  @RequestParam(required = false) String addresses) {
        Writes.requireWriter(caller);
        Choices.Options owners = choices.organizations(caller);
        // an owner with a single organization need not pick it
        String owner = organizationId == null && owners.items().size() == 1
                ? Long.toString(owners.items().getFirst().id()) : organizationId;
        // from a rogue candidate: what the scan observed of the host, to complete and register
        return form(caller, null, DeviceForm.preset(owner, siteId, informationSystemId)
                .observed(kind, vendor, model, firmware, addresses), FormErrors.NONE);
    }

    @PostMapping("/devices")
    public ModelAndView create(Caller caller, @ModelAttribute DeviceForm form, RedirectAttributes flash) {
        Writes.requireWriter(caller);
        FieldErrors parse = new FieldErrors();
        DeviceRequest request = form.toRequest(parse);
        try {
            parse.throwIfAny();
            Device d = devices.create(caller, request);
            flash.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/devices/" + d.id());
        } catch (InvalidInputException e) {
            return refused(form(caller, null, form, FormErrors.of(e)));
        } catch (ConflictException e) {
            return refused(form(caller, null, form, FormErrors.global(e.getMessage())));
        }
    }

    @GetMapping("/devices/{id}/edit")
    public ModelAndView edit(Caller caller, @PathVariable long id) {
        Writes.requireWriter(caller);
        return form(caller, id, DeviceForm.of(devices.get(caller, id)), FormErrors.NONE);
    }

    @PostMapping("/devices/{id}")
    public ModelAndView update(Caller caller, @PathVariable long id, @ModelAttribute DeviceForm form,
                               RedirectAttributes flash) {
        Writes.requireWriter(caller);
        FieldErrors parse = new FieldErrors();
        DeviceRequest request = form.toRequest(parse);
        try {
            parse.throwIfAny();
            devices.update(caller, id, request);
            flash.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/devices/" + id);
        } catch (InvalidInputException e) {
            return refused(form(caller, id, form, FormErrors.of(e)));
        } catch (ConflictException e) {
            return refused(form(caller, id, form, FormErrors.global(e.getMessage())));
        }
    }

    @GetMapping("/devices/{id}/delete")
    public String confirmDelete(Caller caller, @PathVariable long id, Model model) {
        Writes.requireWriter(caller);
        Device d = devices.get(caller, id);
        model.addAttribute("device", d);
        model.addAttribute("names", names.open(caller));
        return "devices/delete";
    }

    @PostMapping("/devices/{id}/delete")
    public String delete(Caller caller, @PathVariable long id, RedirectAttributes flash) {
        devices.delete(caller, id);
        flash.addFlashAttribute("deleted", id);
        return "redirect:/devices";
    }

    private ModelAndView form(Caller caller, Long id, DeviceForm form, FormErrors errors) {
        ModelAndView mav = new ModelAndView("devices/form");
        mav.addObject("id", id);
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        mav.addObject("kinds", DeviceKind.values());
        mav.addObject("organizations", choices.organizations(caller));
        mav.addObject("sites", choices.sites(caller));
        mav.addObject("systems", choices.systems(caller));
        return mav;
    }

    /** The form again, with 400 or 409: the browser sees the form, a script sees that nothing was saved. */
    private static ModelAndView refused(ModelAndView mav) {
        FormErrors errors = (FormErrors) mav.getModel().get("errors");
        mav.setStatus(errors.getGlobal().isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT);
        return mav;
    }
}
