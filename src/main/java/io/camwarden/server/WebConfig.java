package io.camwarden.server;

import io.camwarden.access.CallerArgumentResolver;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** MVC wiring: controllers receive the request's Caller as a parameter. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class WebConfig implements WebMvcConfigurer {

    private final CallerArgumentResolver callers;

    public WebConfig(CallerArgumentResolver callers) {
        this.callers = callers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callers);
    }
}
