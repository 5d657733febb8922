package io.camwarden.reconcile;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceChange;
import io.camwarden.domain.Role;
import io.camwarden.domain.Scope;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.device.DeviceHistoryRepository;
import io.camwarden.registry.device.DeviceRepository;
import io.camwarden.scan.ScanJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.camwarden.registry.device.DevicesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reconciles uploaded scan results with the registry. Each host is tied to a registered device by serial,
 * then MAC, then IP address. For a matched device the latest observed identity is kept, and a model or
 * firmware that differs from the record is written to the device history as drift: applied when the
 * match identifies the device (serial, MAC, or an IP whose model agrees), only recorded when a different
 * model answers at a registered address (a replaced device or a reused address: a person must decide).
 * Camera-like hosts that match nothing become rogue candidates (check INV-01).
 */
@Service
public class ScanIngestService {

    private static final Logger log = LoggerFactory.getLogger(ScanIngestService.class);
    private static final int MAX_LINE = 1 << 20;

    private final DeviceRepository devices;
    private final DeviceHistoryRepository history;
    private final ScanResultsRepository results;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ScanIngestService(DeviceRepository devices, DeviceHistoryRepository history, ScanResultsRepository results,
                             AuditLog audit, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.devices = devices;
        this.history = history;
        this.results = results;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Reads scan output (JSON Lines, or one JSON array) and reconciles every host in it. */
    @Transactional
    public ScanIngestReport ingest(Caller caller, InputStream in, String source) throws IOException {
        requireRegulator(caller);
        Instant now = Instant.now(clock);
        long scanId = results.startRun(source, caller.username(), now);
        Tally t = new Tally();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        int first = reader.read();
        while (first != -1 && Character.isWhitespace(first)) {
            reader.mark(1);
            first = reader.read();
        }
        if (first == '[') {
            reader.reset();
            long index = 0;
            JsonNode array;
            try {
                array = json.readTree(reader);
            } catch (RuntimeException e) {
                t.rejected.add(new ScanIngestReport.Rejected(1, "not a JSON array of hosts: " + e.getMessage()));
                array = json.createArrayNode();
            }
            for (JsonNode host : array) {
                host(caller, scanId, now, ++index, host, t);
            }
        } else if (first != -1) {
            reader.reset();
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    t.rejected.add(new ScanIngestReport.Rejected(number, "line longer than " + MAX_LINE + " characters"));
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (RuntimeException e) {
                    t.rejected.add(new ScanIngestReport.Rejected(number, "not JSON: " + e.getMessage()));
                    continue;
                }
                host(caller, scanId, now, number, node, t);
            }
        }
        return finish(caller, scanId, source, t);
    }

    private ScanIngestReport finish(Caller caller, long scanId, String source, Tally t) {
        if (!t.observed.isEmpty()) {
            events.publishEvent(new DevicesChanged(t.observed, "scan #" + scanId));
        }
        ScanIngestReport report = new ScanIngestReport(scanId, t.hosts, t.matched, t.driftApplied, t.driftNotApplied,
                t.rogue, t.ignored, List.copyOf(t.rejected));
        results.finishRun(scanId, report);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", source);
        detail.put("hosts", report.hosts());
        detail.put("matched", report.matched());
        detail.put("drift", report.driftApplied() + report.driftNotApplied());
        detail.put("rogueCandidates", report.rogueCandidates());
        audit.record("scan.upload", "scan_run", scanId, detail);
        log.info("Scan #{} from {} by {}: {} hosts, {} matched, {} drift applied, {} drift recorded only, "
                        + "{} rogue candidates, {} rejected lines", scanId, source, caller.username(), report.hosts(),
                report.matched(), report.driftApplied(), report.driftNotApplied(), report.rogueCandidates(),
                report.rejected().size());
        return report;
    }

    private static final class Tally {
        int hosts;
        int matched;
        int driftApplied;
        int driftNotApplied;
        int rogue;
        int ignored;
        final List<ScanIngestReport.Rejected> rejected = new ArrayList<>();
        /** Devices with a new observation: their identity for vulnerability matching may have changed. */
        final java.util.Set<Long> observed = new java.util.LinkedHashSet<>();
    }

    private void host(Caller caller, long scanId, Instant now, long line, JsonNode node, Tally t) {
        HostReport r;
        try {
            r = ScanJson.fromJson(node);
        } catch (RuntimeException e) {
            t.rejected.add(new ScanIngestReport.Rejected(line, e.getMessage()));
            return;
        }
        reconcileHost(caller, scanId, now, r, t);
    }

    /** Reconciles one host; returns the id of the registered device it matched, or null. */
    private Long reconcileHost(Caller caller, long scanId, Instant now, HostReport r, Tally t) {
        t.hosts++;
        String text = json.writeValueAsString(ScanJson.toMap(r));
        DeviceMatch match = match(caller.scope(), r);
        if (match == null) {
            if (ObservedIdentity.cameraLike(r)) {
                results.upsertCandidate(scanId, now, r, text);
                t.rogue++;
            } else {
                t.ignored++;
            }
            return null;
        }
        t.matched++;
        drift(caller, scanId, now, match, r, t);
        results.saveObservation(match.device().id(), scanId, now, match.by(), r, text);
        t.observed.add(match.device().id());
        results.resolveCandidate(r.ip(), match.device().id());
        return match.device().id();
    }

    /** The result of reconciling parsed hosts: the report, and the registered device each host matched. */
    public record Reconciled(ScanIngestReport report, Map<String, Long> deviceByIp) {
    }

    /** Reconciles hosts already read (an audit upload carries them with its live evidence). */
    @Transactional
    public Reconciled reconcile(Caller caller, List<HostReport> hosts, String source) {
        requireRegulator(caller);
        Instant now = Instant.now(clock);
        long scanId = results.startRun(source, caller.username(), now);
        Tally t = new Tally();
        Map<String, Long> matched = new LinkedHashMap<>();
        for (HostReport r : hosts) {
            Long id = reconcileHost(caller, scanId, now, r, t);
            if (id != null) {
                matched.put(r.ip(), id);
            }
        }
        return new Reconciled(finish(caller, scanId, source, t), matched);
    }

    private static void requireRegulator(Caller caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.REGULATOR) {
            throw new ForbiddenException("only REGULATOR and ADMIN users upload scan results");
        }
    }

    /** Serial first, then MAC, then IP; a value shared by several devices identifies none of them. */
    private DeviceMatch match(Scope scope, HostReport r) {
        String serial = ObservedIdentity.serial(r);
        if (serial != null) {
            List<Device> bySerial = devices.findBy(scope, "serial", serial);
            if (bySerial.size() == 1) {
                return new DeviceMatch(bySerial.getFirst(), DeviceMatch.By.SERIAL);
            }
        }
        if (r.mac() != null) {
            try {
                List<Device> byMac = devices.findBy(scope, "mac", io.camwarden.domain.net.MacAddress.normalize(r.mac()));
                if (byMac.size() == 1) {
                    return new DeviceMatch(byMac.getFirst(), DeviceMatch.By.MAC);
                }
            } catch (IllegalArgumentException e) {
                // an unreadable MAC identifies nothing
            }
        }
        List<Device> byIp = devices.findBy(scope, "ip", r.ip());
        return byIp.size() == 1 ? new DeviceMatch(byIp.getFirst(), DeviceMatch.By.IP) : null;
    }

    private void drift(Caller caller, long scanId, Instant now, DeviceMatch m, HostReport r, Tally t) {
        Device d = m.device();
        String vendor = ObservedIdentity.value(r.identity().vendor(), ObservedIdentity.APPLY);
        String model = ObservedIdentity.value(r.identity().model(), ObservedIdentity.APPLY);
        String firmware = ObservedIdentity.value(r.identity().firmware(), ObservedIdentity.APPLY);
        boolean modelDiffers = model != null && d.model() != null && !ObservedIdentity.same(model, d.model());
        boolean apply = m.strong() || !modelDiffers;
        List<DeviceChange> changes = new ArrayList<>();
        String newVendor = d.vendor();
        String newModel = d.model();
        String newFirmware = d.firmware();
        if (vendor != null && d.vendor() == null && apply) {
            newVendor = vendor;
            changes.add(change(d, now, caller, "vendor", null, vendor, "learned from scan #" + scanId + " ("
                    + r.identity().vendor().source() + ")"));
        }
        if (model != null && (d.model() == null || modelDiffers)) {
            String why = d.model() == null ? "learned from scan #" + scanId
                    : apply ? "drift observed by scan #" + scanId
                    : "drift observed by scan #" + scanId + ", not applied: a different model answers at the registered"
                    + " address " + r.ip() + " (device replaced, or the address reused?)";
            if (apply) {
                newModel = model;
            }
            changes.add(change(d, now, caller, "model", d.model(), model, why + " (" + r.identity().model().source() + ")"));
        }
        if (firmware != null && !Objects.equals(firmware, d.firmware())
                && !(d.firmware() != null && ObservedIdentity.same(firmware, d.firmware()))) {
            String why = d.firmware() == null ? "learned from scan #" + scanId
                    : apply ? "drift observed by scan #" + scanId
                    : "drift observed by scan #" + scanId + ", not applied: matched by address only and the model differs";
            if (apply) {
                newFirmware = firmware;
            }
            changes.add(change(d, now, caller, "firmware", d.firmware(), firmware,
                    why + " (" + r.identity().firmware().source() + ")"));
        }
        if (changes.isEmpty()) {
            return;
        }
        boolean drifted = changes.stream().anyMatch(c -> c.oldValue() != null);
        if (apply) {
            devices.updateAll(List.of(DeviceRepository.withIdentity(d, newVendor, newModel, newFirmware)), now);
            if (drifted) {
                t.driftApplied++;
            }
        } else if (drifted) {
            t.driftNotApplied++;
        }
        history.appendAll(changes);
    }

    private static DeviceChange change(Device d, Instant now, Caller caller, String field, String old, String value,
                                       String reason) {
        return new DeviceChange(d.id(), now, caller.username(), field, old, value, reason);
    }
}
