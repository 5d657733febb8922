package io.camwarden.console.device;

import io.camwarden.console.RecordNames;
import io.camwarden.domain.Caller;
import io.camwarden.registry.device.DeviceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One device with every field, where it belongs, and its history: who changed what, when, from what to what. */
@Controller
public class DeviceDetailController {

    static final int HISTORY_SHOWN = 200;

    private final DeviceService devices;
    private final RecordNames names;

    public DeviceDetailController(DeviceService devices, RecordNames names) {
        this.devices = devices;
        this.names = names;
    }

    @GetMapping("/devices/{id}")
    public String detail(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("device", devices.get(caller, id));
        model.addAttribute("history", devices.history(caller, id, HISTORY_SHOWN));
        model.addAttribute("historyLimit", HISTORY_SHOWN);
        model.addAttribute("names", names.open(caller));
        return "devices/detail";
    }
}
