package io.camwarden.registry.device;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceChange;
import io.camwarden.domain.DeviceChanges;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.References;
import io.camwarden.registry.Writes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rules for devices: scope, references, identity within the owner, history and audit of every change. */
@Service
public class DeviceService {

    private final DeviceRepository repo;
    private final DeviceHistoryRepository history;
    private final References references;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public DeviceService(DeviceRepository repo, DeviceHistoryRepository history, References references,
                         AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.repo = repo;
        this.history = history;
        this.references = references;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Device get(Caller caller, long id) {
        return repo.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("device", id));
    }

    @Transactional(readOnly = true)
    public Page<Device> list(Caller caller, DeviceRepository.Filter filter, PageRequest page) {
        return repo.list(caller.scope(), filter, page);
    }

    @Transactional(readOnly = true)
    public List<DeviceChange> history(Caller caller, long id, int limit) {
        get(caller, id);
        return history.forDevice(id, Math.min(Math.max(limit, 1), 1000));
    }

    @Transactional
    public Device create(Caller caller, DeviceRequest req) {
        Writes.requireWriter(caller);
        Device d = validate(caller, req, null);
        Instant now = Instant.now(clock);
        long id = repo.insert(d, now);
        history.appendAll(List.of(new DeviceChange(id, now, caller.username(), "*", null, "created", null)));
        audit.record("device.create", "device", id, identity(d));
        events.publishEvent(new DevicesChanged(java.util.Set.of(id), "device created"));
        return get(caller, id);
    }

    @Transactional
    public Device update(Caller caller, long id, DeviceRequest req) {
        Writes.requireWriter(caller);
        Device old = get(caller, id);
        if (req.version() != null && !req.version().equals(old.version())) {
            throw new ConflictException("device " + id + " was changed by someone else (now version "
                    + old.version() + ", you sent " + req.version() + "): reload it and apply your change again");
        }
        Device d = DeviceRepository.withId(validate(caller, req, id), id);
        List<DeviceChanges.FieldChange> changes = DeviceChanges.between(old, d);
        if (changes.isEmpty()) {
            return old;
        }
        Instant now = Instant.now(clock);
        repo.updateAll(List.of(d), now);
        history.appendAll(changes.stream().map(c -> new DeviceChange(id, now, caller.username(), c.field(),
                c.oldValue(), c.newValue(), null)).toList());
        audit.record("device.update", "device", id, Map.of("fields", changes.stream().map(DeviceChanges.FieldChange::field).toList()));
        events.publishEvent(new DevicesChanged(java.util.Set.of(id), "device updated"));
        return get(caller, id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        Writes.requireWriter(caller);
        Device old = get(caller, id);
        repo.delete(id);
        history.appendAll(List.of(new DeviceChange(id, Instant.now(clock), caller.username(), "*", null, "deleted", null)));
        audit.record("device.delete", "device", id, identity(old));
    }

    /** Validates a request into a device, checking references within the caller's scope. */
    private Device validate(Caller caller, DeviceRequest req, Long id) {
        FieldErrors errors = new FieldErrors();
        Device d = DeviceRules.toDevice(req, errors, UnaryOperator.identity());
        references.deviceOwner(caller, req.ownerOrganizationId(), "ownerOrganizationId", errors);
        references.organization(caller, req.operatorOrganizationId(), "operatorOrganizationId", errors);
        references.site(caller, req.siteId(), "siteId", errors);
        references.informationSystem(caller, req.informationSystemId(), "informationSystemId", errors);
        errors.throwIfAny();
        checkUnique(d, id);
        return d;
    }

    /** Serial and MAC each identify at most one device within an owner: bulk import relies on it. */
    private void checkUnique(Device d, Long id) {
        List<String> serials = d.serial() == null ? List.of() : List.of(d.serial());
        List<String> macs = d.mac() == null ? List.of() : List.of(d.mac());
        List<String> clashes = new ArrayList<>();
        for (Device other : repo.findByKeys(d.ownerOrganizationId(), serials, macs)) {
            if (Objects.equals(other.id(), id)) {
                continue;
            }
            if (d.serial() != null && d.serial().equals(other.serial())) {
                clashes.add("serial " + d.serial() + " already belongs to device " + other.id());
            }
            if (d.mac() != null && d.mac().equals(other.mac())) {
                clashes.add("MAC " + d.mac() + " already belongs to device " + other.id());
            }
        }
        if (!clashes.isEmpty()) {
            throw new ConflictException(String.join("; ", clashes) + " of the same owner: update that device instead");
        }
    }

    static Map<String, Object> identity(Device d) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        if (d.serial() != null) {
            m.put("serial", d.serial());
        }
        if (d.mac() != null) {
            m.put("mac", d.mac());
        }
        m.put("owner", d.ownerOrganizationId());
        return m;
    }
}
