package io.camwarden.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors. The API (and actuator) take HTTP Basic or a Bearer token on every request, keep no
 * session and so need no CSRF token. The browser console uses a form login, a session cookie and
 * CSRF protection. Both go through the same throttled, audited password check.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfig {

    @Bean
    ThrottledAuthenticationProvider passwordLogin(CamWardenUserDetailsService users, PasswordEncoder encoder,
                                                  LoginThrottle throttle, LoginAudit loginAudit) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle, loginAudit);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ThrottledAuthenticationProvider passwordLogin, ApiTokenService tokens,
                            LoginThrottle throttle, LoginAudit loginAudit, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationProvider(passwordLogin)
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, throttle, loginAudit, problems),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "REGULATOR")
                        // a recipient without an account acknowledges a notice with the token of its e-mail; the
                        // service asks for a login when no token is given
                        .requestMatchers(org.springframework.http.HttpMethod.POST,
                                "/api/v1/notifications/*/acknowledge").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, ThrottledAuthenticationProvider passwordLogin,
                                @Value("${camwarden.map.tiles-url:}") String tilesUrl) throws Exception {
        http.authenticationProvider(passwordLogin)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:" + imageSource(tilesUrl)
                                + "; style-src 'self' 'unsafe-inline';"
                                + " object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * The one other origin the console may load images from: the map tile server the operator configured
     * (camwarden.map.tiles-url), if any. A {s} subdomain placeholder becomes a wildcard.
     */
    static String imageSource(String tilesUrl) {
        if (tilesUrl == null || tilesUrl.isBlank()) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?)://([^/?#]+)").matcher(tilesUrl.strip());
        if (!m.find()) {
            throw new IllegalStateException("camwarden.map.tiles-url must start with http:// or https://, e.g."
                    + " https://tiles.city.internal/{z}/{x}/{y}.png; was '" + tilesUrl + "'");
        }
        String host = m.group(2).replace("{s}", "*");
        if (!host.matches("[A-Za-z0-9.*:\\[\\]-]+")) {
            throw new IllegalStateException("camwarden.map.tiles-url has an unusable host '" + m.group(2) + "'");
        }
        return " " + m.group(1) + "://" + host;
    }
}
