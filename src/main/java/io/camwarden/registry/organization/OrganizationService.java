package io.camwarden.registry.organization;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Contact;
import io.camwarden.domain.Language;
import io.camwarden.domain.Organization;
import io.camwarden.domain.OrganizationKind;
import io.camwarden.domain.Scope;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.Text;
import io.camwarden.registry.Writes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules for the organisation tree. Scoped writers (OWNER, ISP) work only below their own organisation:
 * an ISP registers SUBSCRIBER households, an owner its branches; neither can move or re-kind its own root.
 */
@Service
public class OrganizationService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 300;

    private final OrganizationRepository repo;
    private final AuditLog audit;
    private final Clock clock;

    public OrganizationService(OrganizationRepository repo, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Organization get(Caller caller, long id) {
        return repo.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("organization", id));
    }

    @Transactional(readOnly = true)
    public Page<Organization> list(Caller caller, OrganizationRepository.Filter filter, PageRequest page) {
        return repo.list(caller.scope(), filter, page);
    }

    @Transactional
    public Organization create(Caller caller, OrganizationRequest req) {
        Writes.requireWriter(caller);
        Organization o = validate(req, null);
        String parentPath = null;
        if (o.parentId() != null) {
            repo.find(caller.scope(), o.parentId())
                    .orElseThrow(() -> InvalidInputException.of("parentId", "organization " + o.parentId() + " not found"));
            parentPath = repo.pathOf(o.parentId());
        }
        checkScopedWrite(caller, o, true);
        long id = repo.insert(o, parentPath, Instant.now(clock));
        audit.record("organization.create", "organization", id, Map.of("name", o.name(), "kind", o.kind().name()));
        return get(Caller.system("internal"), id);
    }

    @Transactional
    public Organization update(Caller caller, long id, OrganizationRequest req) {
        Writes.requireWriter(caller);
        Organization old = get(caller, id);
        Organization o = validate(req, id);
        boolean scopeRoot = caller.scope() instanceof Scope.OrganizationSubtree s && s.organizationId() == id;
        if (scopeRoot && (o.kind() != old.kind() || !java.util.Objects.equals(o.parentId(), old.parentId()))) {
            throw new ForbiddenException("you cannot change the kind or parent of your own organization");
        }
        if (!scopeRoot) {
            checkScopedWrite(caller, o, false);
        }
        if (!java.util.Objects.equals(o.parentId(), old.parentId())) {
            String oldPath = repo.pathOf(id);
            String newParentPath = "/";
            if (o.parentId() != null) {
                repo.find(caller.scope(), o.parentId())
                        .orElseThrow(() -> InvalidInputException.of("parentId", "organization " + o.parentId() + " not found"));
                newParentPath = repo.pathOf(o.parentId());
                if (newParentPath.startsWith(oldPath)) {
                    throw InvalidInputException.of("parentId", "an organization cannot be moved below itself");
                }
            }
            repo.movePaths(oldPath, newParentPath + id + "/");
        }
        repo.update(o, Instant.now(clock));
        audit.record("organization.update", "organization", id, Map.of("name", o.name(), "kind", o.kind().name()));
        return get(Caller.system("internal"), id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        Writes.requireWriter(caller);
        Organization old = get(caller, id);
        if (caller.scope() instanceof Scope.OrganizationSubtree s && s.organizationId() == id) {
            throw new ForbiddenException("you cannot delete your own organization");
        }
        Map<String, Long> refs = repo.references(id);
        if (!refs.isEmpty()) {
            throw new ConflictException("organization " + id + " is still referenced by " + refs
                    + ": move or delete those first");
        }
        repo.delete(id);
        audit.record("organization.delete", "organization", id, Map.of("name", old.name()));
    }

    /** OWNER and ISP users may only create inside their subtree, and only the kinds they manage. */
    private void checkScopedWrite(Caller caller, Organization o, boolean creating) {
        if (!(caller.scope() instanceof Scope.OrganizationSubtree s)) {
            return;
        }
        if (o.parentId() == null) {
            throw new ForbiddenException("you can only " + (creating ? "create" : "place")
                    + " organizations below your own");
        }
        Set<OrganizationKind> allowed = s.subscribersOnly() ? EnumSet.of(OrganizationKind.SUBSCRIBER)
                : EnumSet.of(OrganizationKind.OWNER, OrganizationKind.SUBSCRIBER);
        if (!allowed.contains(o.kind())) {
            throw new ForbiddenException("your role may only manage organizations of kind " + allowed);
        }
    }

    private static Organization validate(OrganizationRequest r, Long id) {
        FieldErrors errors = new FieldErrors();
        String name = r.name() == null ? null : r.name().strip();
        if (name == null || name.isEmpty()) {
            errors.add("name", "is required");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "is longer than " + MAX_NAME + " characters");
        }
        OrganizationKind kind = null;
        if (r.kind() == null || r.kind().isBlank()) {
            errors.add("kind", "is required: one of " + List.of(OrganizationKind.values()));
        } else {
            try {
                kind = OrganizationKind.valueOf(r.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("kind", "'" + r.kind() + "' is not one of " + List.of(OrganizationKind.values()));
            }
        }
        if (id != null && id.equals(r.parentId())) {
            errors.add("parentId", "an organization cannot be its own parent");
        }
        List<Contact> contacts = new ArrayList<>();
        List<OrganizationRequest.ContactRequest> cs = r.contacts() == null ? List.of() : r.contacts();
        for (int i = 0; i < cs.size(); i++) {
            OrganizationRequest.ContactRequest c = cs.get(i);
            String at = "contacts[" + i + "].";
            Language lang = Language.VI;
            if (c.language() != null && !c.language().isBlank()) {
                try {
                    lang = Language.of(c.language());
                } catch (IllegalArgumentException e) {
                    errors.add(at + "language", e.getMessage());
                }
            }
            if (c.email() != null && !c.email().isBlank() && !EMAIL.matcher(c.email().strip()).matches()) {
                errors.add(at + "email", "'" + c.email() + "' is not an e-mail address");
            }
            if (Text.blank(c.name()) && Text.blank(c.email()) && Text.blank(c.phone()) && Text.blank(c.postalAddress())) {
                errors.add(at.substring(0, at.length() - 1), "is empty: give at least a name, e-mail, phone or address");
            }
            contacts.add(new Contact(Text.trim(c.name()), Text.trim(c.email()), Text.trim(c.phone()), Text.trim(c.postalAddress()), lang));
        }
        errors.throwIfAny();
        return new Organization(id, r.parentId(), name, kind, contacts, null, null);
    }
}
