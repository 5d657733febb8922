package io.camwarden.checks;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.checks.registry.VendorRegisterCheck;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.FirmwareRegisterEntry;
import io.camwarden.domain.vuln.FirmwareVersion;
import io.camwarden.identity.VendorNames;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firmware register the regulator keeps for FW-01: which builds vendors released for which models, when, and
 * whether they fix vulnerabilities. Versions must be ones CamWarden can put in order, or FW-01 could not compare
 * a device with them; nothing is shipped, the facts come from vendors' release notes and advisories.
 */
@Service
public class FirmwareRegisterService {

    private static final int MAX_TEXT = 2000;
    private static final int MAX_SHORT = 200;

    private final FirmwareRegisterRepository repo;
    private final VendorNames names = VendorNames.bundled();
    private final AuditLog audit;
    private final Clock clock;

    public FirmwareRegisterService(FirmwareRegisterRepository repo, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FirmwareRegisterEntry> list() {
        return repo.list();
    }

    @Transactional(readOnly = true)
    public FirmwareRegisterEntry get(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("firmware register entry", id));
    }

    @Transactional
    public FirmwareRegisterEntry add(Caller caller, FirmwareRegisterRequest r) {
        RegulatorOnly.require(caller, "change the firmware register");
        FirmwareRegisterEntry e = validate(caller, r);
        String key = VendorRegisterCheck.key(names, e.vendor());
        repo.findSame(key, e.modelPattern(), e.version()).ifPresent(same -> {
            throw new ConflictException("version '" + e.version() + "' of '" + e.modelPattern() + "' is already"
                    + " in the firmware register as entry " + same.id() + ": change that entry instead");
        });
        long id = repo.insert(e, key);
        audit.record("firmware_register.add", "firmware_release", id, detail(e));
        return get(id);
    }

    @Transactional
    public FirmwareRegisterEntry update(Caller caller, long id, FirmwareRegisterRequest r) {
        RegulatorOnly.require(caller, "change the firmware register");
        get(id);
        FirmwareRegisterEntry e = validate(caller, r);
        String key = VendorRegisterCheck.key(names, e.vendor());
        repo.findSame(key, e.modelPattern(), e.version()).filter(same -> same.id() != id).ifPresent(same -> {
            throw new ConflictException("version '" + e.version() + "' of '" + e.modelPattern() + "' is already"
                    + " in the firmware register as entry " + same.id());
        });
        repo.update(id, e, key);
        audit.record("firmware_register.update", "firmware_release", id, detail(e));
        return get(id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        RegulatorOnly.require(caller, "change the firmware register");
        FirmwareRegisterEntry old = get(id);
        repo.delete(id);
        audit.record("firmware_register.delete", "firmware_release", id, detail(old));
    }

    private FirmwareRegisterEntry validate(Caller caller, FirmwareRegisterRequest r) {
        FirmwareRegisterRequest req = r == null ? new FirmwareRegisterRequest(null, null, null, null, null, null, null) : r;
        FieldErrors errors = new FieldErrors();
        String vendor = Text.trim(req.vendor());
        if (vendor == null || names.canonical(vendor).isEmpty()) {
            errors.add("vendor", "is required: the vendor's name");
        } else if (vendor.length() > MAX_SHORT) {
            errors.add("vendor", "is longer than " + MAX_SHORT + " characters");
        }
        String model = Text.trim(req.modelPattern());
        if (model == null) {
            errors.add("modelPattern", "is required: the model name, or a pattern such as DS-2CD2* for a series");
        } else if (model.length() > MAX_SHORT) {
            errors.add("modelPattern", "is longer than " + MAX_SHORT + " characters");
        }
        String version = Text.trim(req.version());
        if (version == null) {
            errors.add("version", "is required: the build as the vendor writes it, e.g. V5.5.800 build 210628");
        } else if (version.length() > MAX_SHORT || FirmwareVersion.read(version).isEmpty()) {
            errors.add("version", "'" + abbreviate(version) + "' cannot be put in order with other versions: write it"
                    + " as the vendor does, with its numbers (V5.5.800 build 210628, 2.800.0000000.16.R)");
        }
        LocalDate today = LocalDate.now(clock);
        if (req.releasedOn() != null && req.releasedOn().isAfter(today.plusDays(1))) {
            errors.add("releasedOn", "is in the future (" + req.releasedOn() + "): give the day the vendor published it");
        }
        String source = Text.trim(req.source());
        if (source == null) {
            errors.add("source", "is required: where this release is documented, so the entry can be checked");
        }
        String reference = Text.trim(req.reference());
        for (var field : Map.of("source", source == null ? "" : source, "reference",
                reference == null ? "" : reference).entrySet()) {
            if (field.getValue().length() > MAX_TEXT) {
                errors.add(field.getKey(), "is longer than " + MAX_TEXT + " characters");
            }
        }
        errors.throwIfAny();
        return new FirmwareRegisterEntry(null, vendor, model, version, req.releasedOn(),
                Boolean.TRUE.equals(req.security()), reference, source, Instant.now(clock), caller.username());
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static Map<String, Object> detail(FirmwareRegisterEntry e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("vendor", e.vendor());
        d.put("modelPattern", e.modelPattern());
        d.put("version", e.version());
        d.put("releasedOn", String.valueOf(e.releasedOn()));
        d.put("security", e.security());
        d.put("source", e.source());
        return d;
    }
}
