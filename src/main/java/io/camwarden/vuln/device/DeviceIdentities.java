package io.camwarden.vuln.device;

import io.camwarden.domain.Device;
import io.camwarden.domain.net.IpAddresses;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.domain.vuln.Exposure;
import io.camwarden.scan.ScanJson;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity a registered device is matched with, and its exposure for the priority.
 *
 * <p>Per field, the registry wins and the latest scan observation fills what the registry lacks. The
 * registry is the record of truth an owner signs for, and scan reconciliation already writes trustworthy
 * observations into it (a sure field of a host matched by serial or MAC, or by an address whose model
 * agrees, is applied as drift with history, see {@code ScanIngestService}); an observation that was not
 * applied is one reconciliation did not trust (it may be another device answering at a reused address), so it
 * must not override the record either. What the registry leaves empty (often the hardware revision, the
 * firmware of a device registered from paperwork, the CPE) is better taken from the scan than left unknown,
 * which would make every CVE UNKNOWN. Every field keeps its source into the match explanation: "registry", or
 * "scan #12: onvif.firmware@80" for an observed one.
 *
 * <p>Exposure: internet-reachable when one of the device's registered addresses, or the address the scan saw it
 * at, is public; "service port open" when the latest scan found any service listening, since the catalogue does
 * not say which service a CVE lives in and a camera's vulnerable service is nearly always the web interface or
 * RTSP it exposes.
 */
@Component
public class DeviceIdentities {

    static final String REGISTRY = "registry";

    /** What the matcher is given for one device. */
    public record Subject(Device device, Identity identity, Exposure exposure) {
    }

    /** The latest observation of a device: which scan, and what it reported. */
    record Observation(long scanId, HostReport report) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public DeviceIdentities(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Subjects for these devices, with their latest observations read in one query. */
    public List<Subject> of(List<Device> devices) {
        Map<Long, Observation> observations = observations(devices.stream().map(Device::id).toList());
        return devices.stream().map(d -> subject(d, observations.get(d.id()))).toList();
    }

    /**
     * Subjects good enough to compute product keys, which depend on vendor and model only: the observation is
     * read just for devices whose registry lacks one of them (a bundle import asks this of every device).
     */
    public List<Subject> forKeys(List<Device> devices) {
        Map<Long, Observation> observations = observations(devices.stream()
                .filter(d -> blank(d.vendor()) || blank(d.model())).map(Device::id).toList());
        return devices.stream().map(d -> subject(d, observations.get(d.id()))).toList();
    }

    Map<Long, Observation> observations(Collection<Long> ids) {
        Map<Long, Observation> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT device_id, scan_id, report FROM device_observation WHERE device_id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    try {
                        HostReport r = ScanJson.fromJson(json.readTree(rs.getString("report")));
                        found.put(rs.getLong("device_id"), new Observation(rs.getLong("scan_id"), r));
                    } catch (RuntimeException e) {
                        // an observation stored by an older build that no longer reads: the registry alone decides
                    }
                });
        return found;
    }

    static Subject subject(Device d, Observation o) {
        Identity seen = o == null ? Identity.UNKNOWN : o.report().identity();
        String scan = o == null ? null : "scan #" + o.scanId();
        Identity identity = new Identity(field(d.vendor(), seen.vendor(), scan), field(d.model(), seen.model(), scan),
                field(d.firmware(), seen.firmware(), scan), field(d.hardwareVersion(), seen.hardware(), scan), null,
                null, blank(d.vendor()) || blank(d.model()) ? seen.cpe() : null);
        boolean reachable = d.addresses().stream().anyMatch(DeviceIdentities::isPublic)
                || o != null && isPublic(o.report().ip());
        boolean open = o != null && !o.report().services().isEmpty();
        return new Subject(d, identity, new Exposure(reachable, open));
    }

    /** The registry's value when it has one, else the observation's (its source prefixed by the scan). */
    private static IdentityField field(String registry, IdentityField observed, String scan) {
        if (!blank(registry)) {
            return new IdentityField(registry.strip(), 1.0, REGISTRY);
        }
        if (observed == null || blank(observed.value())) {
            return null;
        }
        return new IdentityField(observed.value().strip(), observed.confidence(), scan + ": " + observed.source());
    }

    private static boolean isPublic(String ip) {
        try {
            return Exposure.isPublic(IpAddresses.parse(ip));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
