package io.camwarden.access;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Organization;
import io.camwarden.domain.OrganizationKind;
import io.camwarden.domain.Role;
import io.camwarden.domain.Scope;
import io.camwarden.domain.User;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.organization.OrganizationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: administrators manage them; every user may read itself and change its own password. */
@Service
public class UserService {

    public static final int MIN_PASSWORD = 8;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    public UserService(UserRepository users, OrganizationRepository organizations, PasswordEncoder encoder,
                       AuditLog audit, Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<User> list(Caller caller) {
        requireAdmin(caller);
        return users.list();
    }

    @Transactional(readOnly = true)
    public User get(Caller caller, long id) {
        if (!caller.role().manageUsers() && !Long.valueOf(id).equals(caller.userId())) {
            throw new NotFoundException("user", id);
        }
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional
    public User create(Caller caller, UserRequest req) {
        requireAdmin(caller);
        User u = validate(req, null, true);
        if (users.findByUsername(u.username()).isPresent()) {
            throw new ConflictException("user name '" + u.username() + "' is taken");
        }
        long id = users.insert(u, encoder.encode(req.password()), Instant.now(clock));
        audit.record("user.create", "user", id, Map.of("username", u.username(), "role", u.role().name()));
        return users.findById(id).orElseThrow();
    }

    @Transactional
    public User update(Caller caller, long id, UserRequest req) {
        requireAdmin(caller);
        User old = get(caller, id);
        User u = validate(req, old, req.password() != null);
        if (!u.username().equals(old.username())) {
            throw InvalidInputException.of("username", "cannot be changed; create a new user instead");
        }
        if (Long.valueOf(id).equals(caller.userId()) && (!u.enabled() || u.role() != Role.ADMIN)) {
            throw new ForbiddenException("you cannot disable yourself or drop your own ADMIN role");
        }
        User updated = new User(id, u.username(), u.role(), u.organizationId(), u.districts(), u.enabled(), old.createdAt());
        users.update(updated);
        if (req.password() != null) {
            users.updatePassword(id, encoder.encode(req.password()));
        }
        audit.record("user.update", "user", id, Map.of("username", u.username(), "role", u.role().name(),
                "enabled", u.enabled(), "passwordChanged", req.password() != null));
        return users.findById(id).orElseThrow();
    }

    /** A user changes its own password, proving it knows the current one. */
    @Transactional
    public void changeOwnPassword(Caller caller, String current, String replacement) {
        UserRepository.Account acct = users.findByUsername(caller.username())
                .orElseThrow(() -> new NotFoundException("user", caller.username()));
        if (current == null || !encoder.matches(current, acct.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "does not match your current password");
        }
        FieldErrors errors = new FieldErrors();
        checkPassword(replacement, "newPassword", errors);
        errors.throwIfAny();
        users.updatePassword(acct.user().id(), encoder.encode(replacement));
        audit.record("user.password", "user", acct.user().id(), Map.of());
    }

    /** The first start's administrator: from CAMWARDEN_ADMIN_PASSWORD or a generated password. */
    @Transactional
    public Optional<User> createFirstAdmin(String password) {
        if (users.count() > 0) {
            return Optional.empty();
        }
        User admin = new User(null, "admin", Role.ADMIN, null, Set.of(), true, null);
        long id = users.insert(admin, encoder.encode(password), Instant.now(clock));
        audit.append(io.camwarden.auditlog.AuditEvent.of("user.create", "user", id,
                Map.of("username", "admin", "role", "ADMIN", "firstStart", true)).by("system", null));
        return users.findById(id);
    }

    private User validate(UserRequest r, User old, boolean passwordRequired) {
        FieldErrors errors = new FieldErrors();
        String username = r.username() == null ? (old == null ? null : old.username()) : r.username().strip();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add("username", "3 to 100 letters, digits or . _ @ -");
        }
        if (passwordRequired) {
            checkPassword(r.password(), "password", errors);
        }
        Role role = null;
        if (r.role() == null || r.role().isBlank()) {
            errors.add("role", "is required: one of " + List.of(Role.values()));
        } else {
            try {
                role = Role.valueOf(r.role().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("role", "'" + r.role() + "' is not one of " + List.of(Role.values()));
            }
        }
        Set<String> districts = new LinkedHashSet<>();
        if (r.districts() != null) {
            r.districts().stream().filter(d -> d != null && !d.isBlank()).map(String::strip).forEach(districts::add);
        }
        if (role == Role.POLICE && districts.isEmpty()) {
            errors.add("districts", "a POLICE user needs at least one district");
        }
        if (role != null && role != Role.POLICE && role != Role.INSPECTOR && !districts.isEmpty()) {
            errors.add("districts", "only POLICE and INSPECTOR users are limited by district");
        }
        if (r.organizationId() != null) {
            Optional<Organization> org = organizations.find(Scope.EVERYTHING, r.organizationId());
            if (org.isEmpty()) {
                errors.add("organizationId", "organization " + r.organizationId() + " not found");
            } else if (role == Role.ISP && org.get().kind() != OrganizationKind.ISP) {
                errors.add("organizationId", "an ISP user must belong to an organization of kind ISP");
            } else if (role == Role.OWNER && !EnumSet.of(OrganizationKind.OWNER, OrganizationKind.SUBSCRIBER)
                    .contains(org.get().kind())) {
                errors.add("organizationId", "an OWNER user must belong to an OWNER or SUBSCRIBER organization");
            }
        } else if (role == Role.ISP || role == Role.OWNER) {
            errors.add("organizationId", "is required for " + role + " users: they see only their organization's tree");
        }
        errors.throwIfAny();
        boolean enabled = r.enabled() == null ? (old == null || old.enabled()) : r.enabled();
        return new User(old == null ? null : old.id(), username, role, r.organizationId(), districts, enabled, null);
    }

    private static void checkPassword(String password, String field, FieldErrors errors) {
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(field, "must be at least " + MIN_PASSWORD + " characters");
        } else if (password.length() > 200) {
            errors.add(field, "must be at most 200 characters");
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.role().manageUsers()) {
            throw new ForbiddenException("only ADMIN users manage accounts");
        }
    }
}
