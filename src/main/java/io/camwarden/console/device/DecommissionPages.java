package io.camwarden.console.device;

import io.camwarden.console.FormErrors;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Decommission;
import io.camwarden.domain.Device;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Writes;
import io.camwarden.registry.device.DecommissionRequest;
import io.camwarden.registry.device.DecommissionService;
import io.camwarden.registry.device.DeviceService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking a device out of service from the console: how it left and the wipe done before it left (check
 * DAT-03). The same form corrects the record later; when and by whom the device left stays as first recorded.
 * Everything goes through the API's service, so validation, scope, device history and audit are the same.
 */
@Controller
public class DecommissionPages {

    private final DeviceService devices;
    private final DecommissionService decommissions;

    public DecommissionPages(DeviceService devices, DecommissionService decommissions) {
        this.devices = devices;
        this.decommissions = decommissions;
    }

    @GetMapping("/devices/{id}/decommission")
    public ModelAndView form(Caller caller, @PathVariable long id) {
        Writes.requireWriter(caller);
        DecommissionForm form = decommissions.find(caller, id).map(DecommissionForm::of)
                .orElse(DecommissionForm.EMPTY);
        return page(caller, id, form, FormErrors.NONE);
    }

    @PostMapping("/devices/{id}/decommission")
    public ModelAndView save(Caller caller, @PathVariable long id, @ModelAttribute DecommissionForm form,
                             RedirectAttributes flash) {
        Writes.requireWriter(caller);
        FieldErrors parse = new FieldErrors();
        DecommissionRequest request = form.toRequest(parse);
        try {
            parse.throwIfAny();
            decommissions.decommission(caller, id, request);
            flash.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/devices/" + id);
        } catch (InvalidInputException e) {
            ModelAndView mav = page(caller, id, form, FormErrors.of(e));
            mav.setStatus(HttpStatus.BAD_REQUEST); // the browser sees the form, a script sees nothing was saved
            return mav;
        }
    }

    private ModelAndView page(Caller caller, long id, DecommissionForm form, FormErrors errors) {
        Device device = devices.get(caller, id); // 404 outside the scope
        ModelAndView mav = new ModelAndView("devices/decommission");
        mav.addObject("device", device);
        mav.addObject("recorded", decommissions.find(caller, id).orElse(null));
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        mav.addObject("dispositions", Decommission.Disposition.values());
        mav.addObject("wipeMethods", Decommission.WipeMethod.values());
        return mav;
    }
}
