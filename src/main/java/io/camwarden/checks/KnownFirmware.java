package io.camwarden.checks;

import io.camwarden.checks.registry.VendorRegisterCheck;
import io.camwarden.domain.Device;
import io.camwarden.domain.check.FirmwareRegisterEntry;
import io.camwarden.domain.check.FirmwareRelease;
import io.camwarden.domain.vuln.FirmwareVersion;
import io.camwarden.domain.vuln.VendorAdvisory;
import io.camwarden.identity.VendorNames;
import io.camwarden.vuln.match.ModelPattern;
import io.camwarden.vuln.store.VulnerabilityData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The firmware releases known for a device's vendor and model (FW-01), from three places: the regulator's
 * firmware register, the fixed builds of imported vendor advisories, and the builds other registered devices of
 * the same model run. A session reads the register and the advisories once, and each model's fleet builds once.
 */
@Component
public class KnownFirmware {

    private final FirmwareRegisterRepository register;
    private final ObjectProvider<VulnerabilityData> vulnerabilityData;
    private final VendorNames names = VendorNames.bundled();

    public KnownFirmware(FirmwareRegisterRepository register, ObjectProvider<VulnerabilityData> vulnerabilityData) {
        this.register = register;
        this.vulnerabilityData = vulnerabilityData;
    }

    /** Call within the assessment's transaction. */
    public Session session() {
        List<FirmwareRelease> published = new ArrayList<>();
        for (FirmwareRegisterEntry e : register.list()) {
            published.add(e.release());
        }
        VulnerabilityData data = vulnerabilityData.getIfAvailable();
        if (data != null) {
            for (VendorAdvisory a : data.advisories()) {
                if (a.fixedIn() != null && !a.fixedIn().isBlank()) {
                    published.add(new FirmwareRelease(a.vendor(), a.modelPattern(), a.fixedIn(), a.published(), true,
                            a.id(), FirmwareRelease.Origin.ADVISORY, "vendor advisory " + a.id()
                            + (a.reference() == null ? "" : " (" + a.reference() + ")")));
                }
            }
        }
        return new Session(published.stream().map(r -> new Published(r, VendorRegisterCheck.key(names, r.vendor()),
                ModelPattern.of(r.modelPattern()))).toList());
    }

    /** A published release with its vendor key and model pattern worked out once per session. */
    private record Published(FirmwareRelease release, String vendorKey, ModelPattern models) {
    }

    public final class Session {

        private final List<Published> published;
        private final Map<String, List<FirmwareRegisterRepository.FleetBuild>> fleet = new HashMap<>();

        private Session(List<Published> published) {
            this.published = published;
        }

        /** The releases known for this device's vendor and model, the device's own build excluded. */
        public List<FirmwareRelease> releasesFor(Device d) {
            if (d.vendor() == null || d.model() == null || d.vendor().isBlank() || d.model().isBlank()) {
                return List.of();
            }
            String vendorKey = VendorRegisterCheck.key(names, d.vendor());
            String model = ModelPattern.squash(d.model());
            List<FirmwareRelease> out = new ArrayList<>();
            for (Published p : published) {
                if (p.vendorKey().equals(vendorKey) && p.models().matchesSquashed(model)) {
                    out.add(p.release());
                }
            }
            // one release per build seen in the fleet, naming the first device that runs it
            Map<String, FirmwareRelease> builds = new LinkedHashMap<>();
            for (var b : fleet.computeIfAbsent(d.model(), register::fleetBuilds)) {
                if (b.deviceId() == d.id() || b.firmware().equalsIgnoreCase(d.firmware() == null ? "" : d.firmware())
                        || !VendorRegisterCheck.key(names, b.vendor()).equals(vendorKey)
                        || FirmwareVersion.read(b.firmware()).isEmpty()) {
                    continue;
                }
                builds.putIfAbsent(b.firmware().strip().toLowerCase(Locale.ROOT), new FirmwareRelease(b.vendor(),
                        d.model(), b.firmware().strip(), null, false, null, FirmwareRelease.Origin.FLEET,
                        "device " + b.deviceId()));
            }
            out.addAll(builds.values());
            return out;
        }
    }
}
