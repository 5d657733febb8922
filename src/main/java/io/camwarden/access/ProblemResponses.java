package io.camwarden.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for API clients as RFC 9457 problem details, with a hint what to do. */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest req, HttpServletResponse res, AuthenticationException e) throws IOException {
        res.setHeader("WWW-Authenticate", "Basic realm=\"CamWarden\", Bearer realm=\"CamWarden\"");
        String detail = e.getMessage() != null && e.getMessage().startsWith("too many")
                ? e.getMessage()
                : "log in with HTTP Basic (user name and password) or an API token (Authorization: Bearer cwt_...)"
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
        write(req, res, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest req, HttpServletResponse res, AccessDeniedException e) throws IOException {
        write(req, res, HttpStatus.FORBIDDEN, "your role may not use " + req.getRequestURI());
    }

    private void write(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setInstance(URI.create(req.getRequestURI()));
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.getWriter().write(json.writeValueAsString(p));
    }
}
