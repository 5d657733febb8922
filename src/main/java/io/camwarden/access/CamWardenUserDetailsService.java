package io.camwarden.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for password logins (form and HTTP Basic). */
@Component
public class CamWardenUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    public CamWardenUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(a -> new CamWardenPrincipal(a.user(), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
