package io.camwarden.vuln.device;

import io.camwarden.domain.Device;
import io.camwarden.domain.vuln.DeviceVulnerability;
import io.camwarden.domain.vuln.MatchResult;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import io.camwarden.registry.device.DeviceRepository;
import io.camwarden.vuln.match.MatchReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches registered devices against the current {@link VulnerabilityCatalog} and stores each device's list:
 * every CVE the matcher returns for its identity, NOT_AFFECTED included, so an operator sees what was ruled out
 * and why (a CVE that names the device's model but not its firmware). CVEs the matcher finds irrelevant (not
 * about the vendor and model at all) are not stored.
 */
@Service
public class DeviceMatching {

    private static final Logger log = LoggerFactory.getLogger(DeviceMatching.class);

    /** What matching a set of devices did. {@code withAffected}: devices that now hold an AFFECTED CVE. */
    public record Result(int devices, int withAffected, DeviceVulnerabilityRepository.Changes changes) {
    }

    private final DeviceRepository devices;
    private final DeviceIdentities identities;
    private final DeviceVulnerabilityRepository repo;
    private final VulnerabilityCatalog catalog;
    private final Clock clock;

    public DeviceMatching(DeviceRepository devices, DeviceIdentities identities, DeviceVulnerabilityRepository repo,
                          VulnerabilityCatalog catalog, Clock clock) {
        this.devices = devices;
        this.identities = identities;
        this.repo = repo;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Matches these devices (ids of deleted devices are skipped) and replaces their stored lists. */
    @Transactional
    public Result match(Collection<Long> ids) {
        List<Device> found = devices.byIds(ids);
        Map<Long, List<DeviceVulnerability>> stored = repo.forDevices(found.stream().map(Device::id).toList());
        VulnerabilityCatalog.Snapshot data = catalog.current();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var changes = DeviceVulnerabilityRepository.Changes.NONE;
        int withAffected = 0;
        int failed = 0;
        for (DeviceIdentities.Subject s : identities.of(found)) {
            long id = s.device().id();
            List<DeviceVulnerability> fresh = new ArrayList<>();
            try {
                for (VulnerabilityMatch m : data.index().match(s.identity())) {
                    fresh.add(MatchReport.forDevice(id, m, data.index().cvss(m.cve()),
                            data.kev().get(m.cve()), data.epss().get(m.cve()), s.exposure(), today, now));
                }
            } catch (RuntimeException e) {
                // one device the matcher cannot handle must not hold up the queue: its list stays as it was
                log.error("Could not match device {} (vendor '{}', model '{}', firmware '{}'); its vulnerability list"
                        + " was left unchanged: {}", id, s.device().vendor(), s.device().model(), s.device().firmware(),
                        e.toString(), e);
                failed++;
                continue;
            }
            changes = changes.plus(repo.replace(id, stored.getOrDefault(id, List.of()), fresh));
            if (fresh.stream().anyMatch(v -> v.result() == MatchResult.AFFECTED)) {
                withAffected++;
            }
        }
        return new Result(found.size() - failed, withAffected, changes);
    }
}
