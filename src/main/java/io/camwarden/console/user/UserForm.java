package io.camwarden.console.user;

import io.camwarden.access.UserRequest;
import io.camwarden.console.FormValues;
import io.camwarden.domain.User;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.Text;
import java.util.LinkedHashSet;
import java.util.TreeSet;

/** The user form: districts are typed one per line (or separated by commas or semicolons). */
public record UserForm(String username, String password, String role, String organizationId, String districts,
                       String enabled) {

    public static final UserForm EMPTY = new UserForm("", "", "", "", "", "true");

    public static UserForm of(User u) {
        return new UserForm(u.username(), "", u.role().name(), FormValues.text(u.organizationId()),
                String.join("\n", new TreeSet<>(u.districts())), Boolean.toString(u.enabled()));
    }

    /** A new user needs a password; on edit an empty password keeps the current one. */
    public UserRequest toRequest(boolean creating, FieldErrors errors) {
        return new UserRequest(username, creating || !Text.blank(password) ? password : null, role,
                FormValues.id(organizationId, "organizationId", errors),
                new LinkedHashSet<>(FormValues.list(districts, false)), "true".equals(enabled));
    }
}
