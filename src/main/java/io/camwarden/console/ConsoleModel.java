package io.camwarden.console;

import io.camwarden.access.CallerArgumentResolver;
import io.camwarden.access.CamWardenPrincipal;
import io.camwarden.domain.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** What every console page shows besides its own content: who is logged in, and the language switch. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
public class ConsoleModel {

    private final CallerArgumentResolver callers;

    public ConsoleModel(CallerArgumentResolver callers) {
        this.callers = callers;
    }

    /**
     * {@code me}: the logged-in user as of this request (a role changed meanwhile shows at once), null on the
     * login page. {@code canWrite}: whether to offer create, edit, delete and import; the services refuse
     * them to read-only roles anyway.
     */
    @ModelAttribute
    public void user(Model model) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        Caller me = a != null && a.getPrincipal() instanceof CamWardenPrincipal ? callers.current() : null;
        model.addAttribute("me", me);
        model.addAttribute("canWrite", me != null && me.canWrite());
    }

    /** The part of the console the page belongs to ("devices", "sites", …), to mark it in the menu. */
    @ModelAttribute("section")
    public String section(HttpServletRequest request) {
        String[] parts = request.getRequestURI().split("/");
        return parts.length > 1 ? parts[1] : "";
    }

    /** This page in each language: a GET keeps its query (filters survive the switch), other requests do not. */
    @ModelAttribute("languageLinks")
    public List<LanguageLink> languageLinks(HttpServletRequest request) {
        Locale current = ConsoleLanguages.supported(RequestContextUtils.getLocale(request));
        List<String> kept = new ArrayList<>();
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
            for (String part : request.getQueryString().split("&")) {
                if (!part.isEmpty() && !part.startsWith(ConsoleWebConfig.LANGUAGE_PARAM + "=")) {
                    kept.add(part);
                }
            }
        }
        return ConsoleLanguages.SUPPORTED.stream().map(l -> {
            List<String> query = new ArrayList<>(kept);
            query.add(ConsoleWebConfig.LANGUAGE_PARAM + "=" + l.getLanguage());
            return new LanguageLink(l.getLanguage(), request.getRequestURI() + "?" + String.join("&", query),
                    l.getLanguage().equals(current.getLanguage()));
        }).toList();
    }
}
