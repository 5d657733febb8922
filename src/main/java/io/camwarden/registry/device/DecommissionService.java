package io.camwarden.registry.device;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Decommission;
import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceChange;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Text;
import io.camwarden.registry.Writes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a device out of service (check DAT-03). The record stays with the device; posting it again (to add
 * the wipe evidence later) replaces what was recorded of the wipe, and keeps when and by whom the device was
 * decommissioned. The device history and the audit log record each step.
 */
@Service
public class DecommissionService {

    private static final int MAX_TEXT = 1000;

    private final DeviceRepository devices;
    private final DecommissionRepository repo;
    private final DeviceHistoryRepository history;
    private final AuditLog audit;
    private final Clock clock;

    public DecommissionService(DeviceRepository devices, DecommissionRepository repo, DeviceHistoryRepository history,
                               AuditLog audit, Clock clock) {
        this.devices = devices;
        this.repo = repo;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Decommission get(Caller caller, long deviceId) {
        devices.find(caller.scope(), deviceId).orElseThrow(() -> new NotFoundException("device", deviceId));
        return repo.find(deviceId).orElseThrow(() -> new NotFoundException("decommission record of device", deviceId
                + " (the device is in service)"));
    }

    /** The decommission records of devices the caller has already read (through its scope), by device id. */
    @Transactional(readOnly = true)
    public Map<Long, Decommission> ofListed(List<Device> listed) {
        return repo.forDevices(listed.stream().map(Device::id).toList());
    }

    /** The record of a device the caller may read, or empty while the device is in service. */
    @Transactional(readOnly = true)
    public Optional<Decommission> find(Caller caller, long deviceId) {
        devices.find(caller.scope(), deviceId).orElseThrow(() -> new NotFoundException("device", deviceId));
        return repo.find(deviceId);
    }

    @Transactional
    public Decommission decommission(Caller caller, long deviceId, DecommissionRequest r) {
        Writes.requireWriter(caller);
        devices.find(caller.scope(), deviceId).orElseThrow(() -> new NotFoundException("device", deviceId));
        DecommissionRequest req = r == null ? new DecommissionRequest(null, null, null, null, null, null, null) : r;
        FieldErrors errors = new FieldErrors();
        Decommission.Disposition disposition = parse(Decommission.Disposition.class, req.disposition(), "disposition",
                errors);
        Decommission.WipeMethod method = parse(Decommission.WipeMethod.class, req.wipeMethod(), "wipeMethod", errors);
        String evidence = Text.trim(req.wipeEvidence());
        LocalDate today = LocalDate.now(clock);
        if (method != null && method != Decommission.WipeMethod.NOT_WIPED) {
            if (req.wipedOn() == null) {
                errors.add("wipedOn", "is required: when was the device wiped?");
            }
            if (evidence == null) {
                errors.add("wipeEvidence", "is required: name the document that shows the wipe (report number,"
                        + " photo, vendor tool log), or give wipeMethod NOT_WIPED");
            }
        }
        if (req.wipedOn() != null && req.wipedOn().isAfter(today)) {
            errors.add("wipedOn", "is in the future");
        }
        String recipient = Text.trim(req.recipient());
        String note = Text.trim(req.note());
        for (var e : new String[][] {{"wipeEvidence", evidence}, {"recipient", recipient}, {"note", note}}) {
            if (e[1] != null && e[1].length() > MAX_TEXT) {
                errors.add(e[0], "is longer than " + MAX_TEXT + " characters");
            }
        }
        errors.throwIfAny();
        Instant now = Instant.now(clock);
        Optional<Decommission> before = repo.find(deviceId);
        Decommission d = new Decommission(deviceId, disposition, method,
                method == Decommission.WipeMethod.NOT_WIPED ? null : req.wipedOn(), evidence,
                Boolean.TRUE.equals(req.credentialsRevoked()), recipient, note,
                before.map(Decommission::decommissionedAt).orElse(now),
                before.map(Decommission::decommissionedBy).orElse(caller.username()), now, caller.username());
        if (before.isEmpty()) {
            repo.insert(d);
        } else {
            repo.update(d);
        }
        String summary = disposition + ", " + method.label() + (evidence == null ? "" : " (" + evidence + ")");
        history.appendAll(List.of(new DeviceChange(deviceId, now, caller.username(), "decommission",
                before.map(b -> b.disposition() + ", " + b.wipeMethod().label()).orElse(null), summary, note)));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("disposition", disposition.name());
        detail.put("wipeMethod", method.name());
        detail.put("wipeEvidence", evidence);
        detail.put("recipient", recipient);
        audit.record(before.isEmpty() ? "device.decommission" : "device.decommission.update", "device", deviceId,
                detail);
        return repo.find(deviceId).orElseThrow();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FieldErrors errors) {
        String accepted = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (Text.blank(value)) {
            errors.add(field, "is required: " + accepted);
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(field, "'" + value + "' is not one of " + accepted);
            return null;
        }
    }
}
