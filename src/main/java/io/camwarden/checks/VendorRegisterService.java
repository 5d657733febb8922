package io.camwarden.checks;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.checks.registry.VendorRegisterCheck;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.VendorRecord;
import io.camwarden.identity.VendorNames;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor register the regulator keeps for FW-04: one entry per vendor (spellings VendorNames knows are one
 * vendor), with its disclosure channel, advisory feed, support period and the source of these facts. Nothing
 * is shipped: the facts must come from the regulator's own procurement records.
 */
@Service
public class VendorRegisterService {

    private static final int MAX_TEXT = 2000;

    private final VendorRegisterRepository repo;
    private final VendorNames names = VendorNames.bundled();
    private final AuditLog audit;
    private final Clock clock;

    public VendorRegisterService(VendorRegisterRepository repo, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<VendorRecord> list() {
        return repo.list();
    }

    @Transactional(readOnly = true)
    public VendorRecord get(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("vendor register entry", id));
    }

    @Transactional
    public VendorRecord add(Caller caller, VendorRegisterRequest r) {
        RegulatorOnly.require(caller, "change the vendor register");
        VendorRecord v = validate(caller, r);
        String key = VendorRegisterCheck.key(names, v.vendor());
        repo.findByKey(key).ifPresent(e -> {
            throw new ConflictException("'" + v.vendor() + "' is already in the vendor register as entry " + e.id()
                    + " ('" + e.vendor() + "'): change that entry instead");
        });
        long id = repo.insert(v, key);
        audit.record("vendor_register.add", "vendor_register", id, detail(v));
        return get(id);
    }

    @Transactional
    public VendorRecord update(Caller caller, long id, VendorRegisterRequest r) {
        RegulatorOnly.require(caller, "change the vendor register");
        get(id);
        VendorRecord v = validate(caller, r);
        String key = VendorRegisterCheck.key(names, v.vendor());
        repo.findByKey(key).filter(e -> e.id() != id).ifPresent(e -> {
            throw new ConflictException("'" + v.vendor() + "' is already in the vendor register as entry " + e.id());
        });
        repo.update(id, v, key);
        audit.record("vendor_register.update", "vendor_register", id, detail(v));
        return get(id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        RegulatorOnly.require(caller, "change the vendor register");
        VendorRecord old = get(id);
        repo.delete(id);
        audit.record("vendor_register.delete", "vendor_register", id, Map.of("vendor", old.vendor()));
    }

    private VendorRecord validate(Caller caller, VendorRegisterRequest r) {
        VendorRegisterRequest req = r == null ? new VendorRegisterRequest(null, null, null, null, null, null) : r;
        FieldErrors errors = new FieldErrors();
        String vendor = Text.trim(req.vendor());
        if (vendor == null || names.canonical(vendor).isEmpty()) {
            errors.add("vendor", "is required: the vendor's name");
        }
        String source = Text.trim(req.source());
        if (source == null) {
            errors.add("source", "is required: where these facts come from, so the entry can be checked");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("disclosureChannel", Text.trim(req.disclosureChannel()));
        texts.put("advisoryFeed", Text.trim(req.advisoryFeed()));
        texts.put("supportPeriod", Text.trim(req.supportPeriod()));
        texts.put("source", source);
        texts.put("note", Text.trim(req.note()));
        texts.forEach((k, v) -> {
            if (v != null && v.length() > MAX_TEXT) {
                errors.add(k, "is longer than " + MAX_TEXT + " characters");
            }
        });
        errors.throwIfAny();
        return new VendorRecord(null, vendor, texts.get("disclosureChannel"), texts.get("advisoryFeed"),
                texts.get("supportPeriod"), source, texts.get("note"), Instant.now(clock), caller.username());
    }

    private static Map<String, Object> detail(VendorRecord v) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("vendor", v.vendor());
        d.put("missing", v.missing());
        d.put("source", v.source());
        return d;
    }
}
