package io.camwarden.access;

import io.camwarden.domain.Caller;
import io.camwarden.domain.User;
import io.camwarden.registry.ForbiddenException;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Caller} of the request. The account is re-read on each request, so a
 * disabled user or a changed role or district grant takes effect at once, even inside a session.
 */
@Component
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final UserRepository users;

    public CallerArgumentResolver(UserRepository users) {
        this.users = users;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        return current();
    }

    public Caller current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !(a.getPrincipal() instanceof CamWardenPrincipal p)) {
            throw new ForbiddenException("not logged in");
        }
        User fresh = users.findById(p.user().id()).filter(User::enabled)
                .orElseThrow(() -> new ForbiddenException("account " + p.getUsername() + " is disabled or deleted"));
        return Caller.of(fresh);
    }
}
