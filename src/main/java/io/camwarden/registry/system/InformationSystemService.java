package io.camwarden.registry.system;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.LevelDossier;
import io.camwarden.domain.SecurityLevels;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.References;
import io.camwarden.registry.Text;
import io.camwarden.registry.Writes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rules for information systems: level 1–5, a dossier, and the next periodic assessment. */
@Service
public class InformationSystemService {

    private final InformationSystemRepository repo;
    private final References references;
    private final AuditLog audit;
    private final Clock clock;

    public InformationSystemService(InformationSystemRepository repo, References references, AuditLog audit,
                                    Clock clock) {
        this.repo = repo;
        this.references = references;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InformationSystem get(Caller caller, long id) {
        return repo.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("information system", id));
    }

    @Transactional(readOnly = true)
    public Page<InformationSystem> list(Caller caller, InformationSystemRepository.Filter filter, PageRequest page) {
        return repo.list(caller.scope(), filter, page, LocalDate.now(clock));
    }

    @Transactional
    public InformationSystem create(Caller caller, InformationSystemRequest req) {
        Writes.requireWriter(caller);
        InformationSystem s = validate(caller, req, null);
        long id = repo.insert(s, Instant.now(clock));
        audit.record("information_system.create", "information_system", id, detail(s));
        return repo.find(caller.scope(), id).orElseThrow();
    }

    @Transactional
    public InformationSystem update(Caller caller, long id, InformationSystemRequest req) {
        Writes.requireWriter(caller);
        get(caller, id);
        InformationSystem s = validate(caller, req, id);
        repo.update(s, Instant.now(clock));
        audit.record("information_system.update", "information_system", id, detail(s));
        return repo.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("information system", id));
    }

    @Transactional
    public void delete(Caller caller, long id) {
        Writes.requireWriter(caller);
        InformationSystem old = get(caller, id);
        long devices = repo.deviceCount(id);
        if (devices > 0) {
            throw new ConflictException("information system " + id + " still has " + devices
                    + " devices: assign them elsewhere first");
        }
        repo.delete(id);
        audit.record("information_system.delete", "information_system", id, Map.of("name", old.name()));
    }

    private InformationSystem validate(Caller caller, InformationSystemRequest r, Long id) {
        FieldErrors errors = new FieldErrors();
        if (r.organizationId() == null) {
            errors.add("organizationId", "is required");
        }
        references.organization(caller, r.organizationId(), "organizationId", errors);
        String name = Text.trim(r.name());
        if (name == null) {
            errors.add("name", "is required");
        }
        Integer level = r.securityLevel();
        if (level != null && (level < InformationSystem.LOWEST_LEVEL || level > InformationSystem.HIGHEST_LEVEL)) {
            errors.add("securityLevel", "must be 1 to 5");
            level = null;
        }
        if (r.dossierApprovedOn() != null && r.dossierApprovedOn().isAfter(LocalDate.now(clock))) {
            errors.add("dossierApprovedOn", "is in the future");
        }
        if (r.lastAssessmentOn() != null && r.nextAssessmentOn() != null
                && r.nextAssessmentOn().isBefore(r.lastAssessmentOn())) {
            errors.add("nextAssessmentOn", "is before lastAssessmentOn");
        }
        errors.throwIfAny();
        LocalDate next = r.nextAssessmentOn() != null ? r.nextAssessmentOn()
                : SecurityLevels.nextAssessment(level, r.lastAssessmentOn());
        return new InformationSystem(id, r.organizationId(), name, Text.trim(r.purpose()), level,
                new LevelDossier(Text.trim(r.dossierReference()), r.dossierApprovedOn(), Text.trim(r.dossierApprovedBy())),
                r.lastAssessmentOn(), next, null, null);
    }

    private static Map<String, Object> detail(InformationSystem s) {
        Map<String, Object> d = new HashMap<>();
        d.put("name", s.name());
        d.put("securityLevel", s.securityLevel());
        return d;
    }
}
