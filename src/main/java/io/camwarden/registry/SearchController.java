package io.camwarden.registry;

import io.camwarden.domain.Caller;
import io.camwarden.domain.Device;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.Organization;
import io.camwarden.domain.Site;
import io.camwarden.registry.device.DeviceRepository;
import io.camwarden.registry.device.DeviceService;
import io.camwarden.registry.organization.OrganizationRepository;
import io.camwarden.registry.organization.OrganizationService;
import io.camwarden.registry.site.SiteRepository;
import io.camwarden.registry.site.SiteService;
import io.camwarden.registry.system.InformationSystemRepository;
import io.camwarden.registry.system.InformationSystemService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One text search across the registry, within your scope")
public class SearchController {

    /** Matches of each kind (the first {@code limit} of each, with totals). */
    public record Results(Page<Organization> organizations, Page<Site> sites,
                          Page<InformationSystem> informationSystems, Page<Device> devices) {
    }

    private final OrganizationService organizations;
    private final SiteService sites;
    private final InformationSystemService systems;
    private final DeviceService devices;

    public SearchController(OrganizationService organizations, SiteService sites, InformationSystemService systems,
                            DeviceService devices) {
        this.organizations = organizations;
        this.sites = sites;
        this.systems = systems;
        this.devices = devices;
    }

    @GetMapping
    @Operation(summary = "Search organizations, sites, information systems and devices by text")
    public Results search(Caller caller, @RequestParam String q,
                          @RequestParam(required = false, defaultValue = "20") int limit) {
        if (q == null || q.strip().length() < 2) {
            throw InvalidInputException.of("q", "give at least 2 characters to search for");
        }
        int n = Math.min(Math.max(limit, 1), 100);
        return new Results(
                organizations.list(caller, new OrganizationRepository.Filter(null, null, q),
                        PageRequest.of(0, n, null, Map.of("name", "o.name"), "name")),
                sites.list(caller, new SiteRepository.Filter(null, null, q),
                        PageRequest.of(0, n, null, Map.of("name", "s.name"), "name")),
                systems.list(caller, new InformationSystemRepository.Filter(null, null, null, q),
                        PageRequest.of(0, n, null, Map.of("name", "i.name"), "name")),
                devices.list(caller, new DeviceRepository.Filter(null, null, null, null, null, null, null, null, null,
                        q, null, null), PageRequest.of(0, n, null, Map.of("id", "d.id"), "id")));
    }
}
