package io.camwarden.console.device;

import io.camwarden.console.RecordNames;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.findings.FindingController;
import io.camwarden.reconcile.ScanResultsRepository;
import io.camwarden.registry.device.DecommissionService;
import io.camwarden.registry.device.DeviceService;
import io.camwarden.vuln.device.DeviceVulnerabilityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One device with every field, where it belongs, how it left service if it did, what the latest scan
 * observed of it, its open findings, its vulnerabilities (highest priority first, as last matched), and
 * its history: who changed what, when, from what to what.
 */
@Controller
public class DeviceDetailController {

    static final int HISTORY_SHOWN = 200;
    static final int VULNERABILITIES_SHOWN = 100;
    static final int FINDINGS_SHOWN = 50;

    private final DeviceService devices;
    private final DeviceVulnerabilityService vulnerabilities;
    private final RecordNames names;
    private final FindingController findings;
    private final DecommissionService decommissions;
    private final ScanResultsRepository scans;

    public DeviceDetailController(DeviceService devices, DeviceVulnerabilityService vulnerabilities, RecordNames names,
                                  FindingController findings, DecommissionService decommissions,
                                  ScanResultsRepository scans) {
        this.scans = scans;
        this.decommissions = decommissions;
        this.devices = devices;
        this.findings = findings;
        this.vulnerabilities = vulnerabilities;
        this.names = names;
    }

    @GetMapping("/devices/{id}")
    public String detail(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("device", devices.get(caller, id));
        model.addAttribute("decommission", decommissions.find(caller, id).orElse(null));
        // what the latest scan saw of it (the device was read through the caller's scope just above)
        model.addAttribute("observation", scans.observation(id).orElse(null));
        model.addAttribute("vulnerabilities", vulnerabilities.list(caller, id, null,
                DeviceVulnerabilityService.byPriority(VULNERABILITIES_SHOWN)));
        // its open findings, most severe first, through the API's own list (same filter, same scope)
        model.addAttribute("findings", findings.list(caller, id, null, null, FindingStatus.OPEN.name(), null, null,
                null, null, null, 0, FINDINGS_SHOWN, null));
        model.addAttribute("history", devices.history(caller, id, HISTORY_SHOWN));
        model.addAttribute("historyLimit", HISTORY_SHOWN);
        model.addAttribute("names", names.open(caller));
        return "devices/detail";
    }
}
