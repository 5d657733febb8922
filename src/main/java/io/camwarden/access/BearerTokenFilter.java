package io.camwarden.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates "Authorization: Bearer cwt_..." with an API token; throttled and audited like passwords. */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final LoginThrottle throttle;
    private final LoginAudit loginAudit;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

    public BearerTokenFilter(ApiTokenService tokens, LoginThrottle throttle, LoginAudit loginAudit,
                             AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.loginAudit = loginAudit;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String header = req.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(req, res);
            return;
        }
        String secret = header.substring(7).strip();
        String address = req.getRemoteAddr();
        String label = secret.length() >= 12 ? secret.substring(0, 12) + "…" : "(malformed token)";
        var wait = throttle.retryAfter(null, address);
        if (wait.isPresent()) {
            String msg = "too many failed logins: try again in " + ThrottledAuthenticationProvider.minutes(wait.get());
            loginAudit.refused(LoginAudit.Channel.TOKEN, label, address, msg);
            entryPoint.commence(req, res, new LockedException(msg));
            return;
        }
        Optional<io.camwarden.domain.User> user = tokens.authenticate(secret);
        if (user.isEmpty()) {
            throttle.failed(null, address);
            loginAudit.failure(LoginAudit.Channel.TOKEN, label, address, "unknown, revoked or expired token");
            entryPoint.commence(req, res, new BadCredentialsException("unknown, revoked or expired API token"));
            return;
        }
        CamWardenPrincipal p = new CamWardenPrincipal(user.get(), "");
        loginAudit.success(LoginAudit.Channel.TOKEN, p.getUsername(), address);
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        // Kept on the request too, so that async dispatches (streamed exports) stay authenticated.
        contexts.saveContext(ctx, req, res);
        chain.doFilter(req, res);
    }
}
