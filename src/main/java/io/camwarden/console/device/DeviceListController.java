package io.camwarden.console.device;

import io.camwarden.console.Choices;
import io.camwarden.console.Htmx;
import io.camwarden.console.ListQuery;
import io.camwarden.console.ListResults;
import io.camwarden.console.OverviewQueries;
import io.camwarden.console.RecordNames;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceKind;
import io.camwarden.registry.Page;
import io.camwarden.registry.device.DecommissionService;
import io.camwarden.registry.device.DeviceController;
import io.camwarden.registry.device.DeviceStatus;
import io.camwarden.registry.device.DeviceTransferController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The device list: filters, sorting and paging. A change of filter asks (through htmx) for the results
 * only and puts the filters in the address bar, so a filtered view can be bookmarked; without JavaScript
 * the same address renders the whole page.
 */
@Controller
public class DeviceListController {

    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

    private final DeviceController devices;
    private final DeviceTransferController transfer;
    private final OverviewQueries overview;
    private final Choices choices;
    private final RecordNames names;
    private final DecommissionService decommissions;

    public DeviceListController(DeviceController devices, DeviceTransferController transfer, OverviewQueries overview,
                                Choices choices, RecordNames names, DecommissionService decommissions) {
        this.decommissions = decommissions;
        this.devices = devices;
        this.transfer = transfer;
        this.overview = overview;
        this.choices = choices;
        this.names = names;
    }

    @GetMapping("/devices")
    public String list(Caller caller, HttpServletRequest request, HttpServletResponse response, Model model,
                       @RequestParam(required = false) String vendor,
                       @RequestParam(required = false) String kind,
                       @RequestParam(required = false) Long organizationId,
                       @RequestParam(required = false) Long siteId,
                       @RequestParam(required = false) Long informationSystemId,
                       @RequestParam(required = false) String district,
                       @RequestParam(required = false) Integer securityLevel,
                       @RequestParam(required = false) String ip,
                       @RequestParam(required = false) String q,
                       @RequestParam(required = false) String tag,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) Integer size,
                       @RequestParam(required = false) String sort) {
        String deviceModel = request.getParameter("model"); // "model" is the page's Model here
        ListQuery query = new ListQuery("/devices").with("q", q).with("vendor", vendor).with("model", deviceModel)
                .with("kind", kind).with("organizationId", organizationId).with("siteId", siteId)
                .with("informationSystemId", informationSystemId).with("district", district)
                .with("securityLevel", securityLevel).with("ip", ip).with("tag", tag).with("status", status).with("size", size)
                .with("sort", sort).with("page", page == null || page == 0 ? null : page);
        model.addAttribute("query", query);
        Page<Device> result = ListResults.load(model, PAGE_SIZES.get(1), () ->
                devices.list(caller, vendor, deviceModel, kind, organizationId, siteId, informationSystemId,
                        district, securityLevel, ip, q, tag, status, page, size == null ? PAGE_SIZES.get(1) : size, sort));
        model.addAttribute("devices", result);
        model.addAttribute("decommissioned", decommissions.ofListed(result.items()));
        model.addAttribute("names", names.open(caller));
        if (Htmx.partial(request)) {
            Htmx.pushUrl(response, query);
            return "devices/list :: results";
        }
        model.addAttribute("kinds", DeviceKind.values());
        model.addAttribute("statuses", DeviceStatus.values());
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("organizations", choices.organizations(caller));
        model.addAttribute("vendors", overview.devicesByVendor(caller).stream()
                .map(OverviewQueries.Count::key).filter(v -> v != null).toList());
        model.addAttribute("districts", overview.districts(caller));
        if (siteId != null) {
            model.addAttribute("siteName", names.open(caller).site(siteId));
        }
        if (informationSystemId != null) {
            model.addAttribute("systemName", names.open(caller).system(informationSystemId));
        }
        return "devices/list";
    }

    /** Everything in the caller's scope, in the import format: the same export as the API's. */
    @GetMapping("/devices/export")
    public ResponseEntity<StreamingResponseBody> export(Caller caller,
                                                        @RequestParam(defaultValue = "csv") String format) {
        return transfer.export(caller, format);
    }
}
