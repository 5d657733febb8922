package io.camwarden.console.dashboard;

import io.camwarden.console.OverviewQueries;
import io.camwarden.console.ScopeDescription;
import io.camwarden.domain.Caller;
import io.camwarden.domain.DeviceKind;
import io.camwarden.domain.InformationSystem;
import io.camwarden.findings.FindingController;
import io.camwarden.registry.Page;
import io.camwarden.registry.system.InformationSystemController;
import io.camwarden.vuln.bundle.BundleImportService;
import io.camwarden.vuln.device.VulnerabilityController;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The first page after login: what is in the caller's scope, what needs attention, and where it is. */
@Controller
public class DashboardController {

    /** Vendors named in the chart; the rest are summed up as "other vendors". */
    static final int CHART_VENDORS = 10;
    static final int OVERDUE_LISTED = 5;

    private final OverviewQueries overview;
    private final ScopeDescription scope;
    private final InformationSystemController systems;
    private final MapSettings map;
    private final JsonMapper json;
    private final Clock clock;
    private final BundleImportService bundles;
    private final FindingController findings;
    private final VulnerabilityController vulnerabilities;

    public DashboardController(OverviewQueries overview, ScopeDescription scope, InformationSystemController systems,
                               MapSettings map, JsonMapper json, Clock clock, BundleImportService bundles,
                               FindingController findings, VulnerabilityController vulnerabilities) {
        this.bundles = bundles;
        this.findings = findings;
        this.vulnerabilities = vulnerabilities;
        this.overview = overview;
        this.scope = scope;
        this.systems = systems;
        this.map = map;
        this.json = json;
        this.clock = clock;
    }

    private long openFindings(Caller caller, String severity) {
        return findings.list(caller, null, null, severity, "OPEN", null, null, null, null, null, 0, 1, null).total();
    }

    @GetMapping("/")
    public String dashboard(Caller caller, Model model) {
        model.addAttribute("scope", scope.of(caller));
        model.addAttribute("dataStatus", bundles.status()); // warned about on the first page when stale
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (DeviceKind k : DeviceKind.values()) {
            byKind.put(k.name(), 0L);
        }
        overview.devicesByKind(caller).forEach(c -> byKind.put(c.key(), c.count()));
        model.addAttribute("devicesByKind", byKind);
        model.addAttribute("devicesTotal", byKind.values().stream().mapToLong(Long::longValue).sum());

        List<OverviewQueries.Count> vendors = overview.devicesByVendor(caller);
        model.addAttribute("vendors", vendors);
        model.addAttribute("vendorChart", json.writeValueAsString(vendorChart(vendors)));

        Map<Integer, Long> byLevel = new LinkedHashMap<>(); // the null key counts systems without a level
        for (int level = InformationSystem.LOWEST_LEVEL; level <= InformationSystem.HIGHEST_LEVEL; level++) {
            byLevel.put(level, 0L);
        }
        byLevel.put(null, 0L);
        overview.systemsByLevel(caller).forEach(c -> byLevel.put(c.key() == null ? null : Integer.valueOf(c.key()),
                c.count()));
        model.addAttribute("systemsByLevel", byLevel);

        Page<InformationSystem> overdue = systems.list(caller, null, null, true, null, 0, OVERDUE_LISTED,
                "nextAssessmentOn");
        model.addAttribute("overdue", overdue);
        model.addAttribute("pastEndOfSupport", overview.devicesPastEndOfSupport(caller, LocalDate.now(clock)));
        model.addAttribute("withoutCertificates", overview.devicesWithoutCertificates(caller));
        // counted by the API's own lists, so the numbers are what the linked pages show
        model.addAttribute("openCritical", openFindings(caller, "CRITICAL"));
        model.addAttribute("openHigh", openFindings(caller, "HIGH"));
        model.addAttribute("exploitedAffecting", vulnerabilities.fleet(caller, "AFFECTED", true, null, null, 0, 1, null)
                .total());

        List<OverviewQueries.SiteMarker> markers = overview.siteMarkers(caller);
        model.addAttribute("markers", json.writeValueAsString(markers));
        model.addAttribute("markerCount", markers.size());
        model.addAttribute("map", map);
        return "dashboard";
    }

    /** The first vendors by name and one bar for all others; a device without a vendor counts as unknown. */
    static Map<String, Object> vendorChart(List<OverviewQueries.Count> vendors) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < vendors.size(); i++) {
            if (i < CHART_VENDORS) {
                labels.add(vendors.get(i).key());
                counts.add(vendors.get(i).count());
            } else {
                other += vendors.get(i).count();
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("counts", counts);
        chart.put("other", other);
        return chart;
    }
}
