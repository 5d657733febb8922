package io.camwarden.registry.site;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Site;
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
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rules for sites: each belongs to an organisation in the writer's scope. */
@Service
public class SiteService {

    private final SiteRepository repo;
    private final References references;
    private final AuditLog audit;
    private final Clock clock;

    public SiteService(SiteRepository repo, References references, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.references = references;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Site get(Caller caller, long id) {
        return repo.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("site", id));
    }

    @Transactional(readOnly = true)
    public Page<Site> list(Caller caller, SiteRepository.Filter filter, PageRequest page) {
        return repo.list(caller.scope(), filter, page);
    }

    @Transactional
    public Site create(Caller caller, SiteRequest req) {
        Writes.requireWriter(caller);
        Site s = validate(caller, req, null);
        long id = repo.insert(s, Instant.now(clock));
        audit.record("site.create", "site", id, Map.of("name", s.name()));
        return repo.find(caller.scope(), id).orElseThrow();
    }

    @Transactional
    public Site update(Caller caller, long id, SiteRequest req) {
        Writes.requireWriter(caller);
        get(caller, id);
        Site s = validate(caller, req, id);
        repo.update(s, Instant.now(clock));
        audit.record("site.update", "site", id, Map.of("name", s.name()));
        return repo.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("site", id));
    }

    @Transactional
    public void delete(Caller caller, long id) {
        Writes.requireWriter(caller);
        Site old = get(caller, id);
        long devices = repo.deviceCount(id);
        if (devices > 0) {
            throw new ConflictException("site " + id + " still has " + devices + " devices: move or delete them first");
        }
        repo.delete(id);
        audit.record("site.delete", "site", id, Map.of("name", old.name()));
    }

    private Site validate(Caller caller, SiteRequest r, Long id) {
        FieldErrors errors = new FieldErrors();
        if (r.organizationId() == null) {
            errors.add("organizationId", "is required");
        }
        references.organization(caller, r.organizationId(), "organizationId", errors);
        String name = Text.trim(r.name());
        if (name == null) {
            errors.add("name", "is required");
        }
        if ((r.latitude() == null) != (r.longitude() == null)) {
            errors.add(r.latitude() == null ? "latitude" : "longitude", "give latitude and longitude together");
        }
        if (r.latitude() != null && (r.latitude() < -90 || r.latitude() > 90)) {
            errors.add("latitude", "must be between -90 and 90");
        }
        if (r.longitude() != null && (r.longitude() < -180 || r.longitude() > 180)) {
            errors.add("longitude", "must be between -180 and 180");
        }
        errors.throwIfAny();
        return new Site(id, r.organizationId(), name, Text.trim(r.address()), Text.trim(r.district()),
                Text.trim(r.ward()), r.latitude(), r.longitude(), null, null);
    }
}
