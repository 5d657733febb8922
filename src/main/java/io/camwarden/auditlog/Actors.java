package io.camwarden.auditlog;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting, and from where: the logged-in user, or the operating-system user for CLI work. */
public final class Actors {

    private Actors() {
    }

    public static String current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.isAuthenticated() && a.getName() != null && !"anonymousUser".equals(a.getName())) {
            return a.getName();
        }
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** The client address of the current HTTP request, or null outside one. */
    public static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes sra) {
            HttpServletRequest req = sra.getRequest();
            return req.getRemoteAddr();
        }
        return null;
    }
}
