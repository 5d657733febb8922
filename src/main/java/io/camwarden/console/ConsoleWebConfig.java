package io.camwarden.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's language: {@code ?lang=fa} on any page switches it, and a cookie remembers the choice for a
 * year. Without a choice the console speaks Vietnamese, whatever the browser asks for: the province's
 * shared workstations often run an English browser.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ConsoleWebConfig implements WebMvcConfigurer {

    static final String LANGUAGE_PARAM = "lang";
    static final String LANGUAGE_COOKIE = "camwarden-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver r = new CookieLocaleResolver(LANGUAGE_COOKIE) {
            @Override
            public void setLocale(HttpServletRequest req, HttpServletResponse res, Locale locale) {
                super.setLocale(req, res, locale == null ? null : ConsoleLanguages.supported(locale));
            }

            @Override
            public Locale resolveLocale(HttpServletRequest req) {
                return ConsoleLanguages.supported(super.resolveLocale(req));
            }
        };
        r.setDefaultLocaleFunction(req -> ConsoleLanguages.DEFAULT);
        r.setCookieMaxAge(Duration.ofDays(365));
        r.setCookieSameSite("Strict");
        return r;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName(LANGUAGE_PARAM);
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
    }
}
