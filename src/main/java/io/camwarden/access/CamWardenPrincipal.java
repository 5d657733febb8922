package io.camwarden.access;

import io.camwarden.domain.Caller;
import io.camwarden.domain.User;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user as Spring Security holds it. Authorities are ROLE_ + the CamWarden role. */
public record CamWardenPrincipal(User user, String passwordHash) implements UserDetails {

    public Caller caller() {
        return Caller.of(user);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }

    @Override
    public String toString() {
        return "CamWardenPrincipal[" + user.username() + ", " + user.role() + "]";
    }
}
