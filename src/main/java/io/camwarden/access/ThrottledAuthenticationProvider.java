package io.camwarden.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Password logins (form and HTTP Basic) with throttling and an audit row for each attempt. */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginAudit loginAudit;

    public ThrottledAuthenticationProvider(CamWardenUserDetailsService users, PasswordEncoder encoder,
                                           LoginThrottle throttle, LoginAudit loginAudit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.loginAudit = loginAudit;
    }

    @Override
    public Authentication authenticate(Authentication auth) throws AuthenticationException {
        String username = auth.getName();
        String address = auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        LoginAudit.Channel channel = channel();
        Optional<Duration> wait = throttle.retryAfter(username, address);
        if (wait.isPresent()) {
            String msg = "too many failed logins: try again in " + minutes(wait.get());
            loginAudit.refused(channel, username, address, msg);
            throw new LockedException(msg);
        }
        try {
            Authentication result = passwords.authenticate(auth);
            throttle.succeeded(username);
            loginAudit.success(channel, username, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            // The same words for an unknown user and a wrong password: no hint which one it was.
            loginAudit.failure(channel, username, address, e instanceof BadCredentialsException
                    ? "bad credentials" : e.getMessage());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static LoginAudit.Channel channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes sra) {
            HttpServletRequest r = sra.getRequest();
            if ("/login".equals(r.getServletPath()) && "POST".equals(r.getMethod())) {
                return LoginAudit.Channel.FORM;
            }
        }
        return LoginAudit.Channel.BASIC;
    }

    static String minutes(Duration d) {
        long m = Math.max(1, (d.toSeconds() + 59) / 60);
        return m + (m == 1 ? " minute" : " minutes");
    }
}
