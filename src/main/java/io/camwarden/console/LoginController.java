package io.camwarden.console;

import jakarta.servlet.http.HttpSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form. Spring Security checks the password (throttled and audited) on POST /login and sends a
 * failure back here with ?error; the page then says either that the account is locked for a while, or
 * only that the name or password was wrong: never which of the two.
 */
@Controller
public class LoginController {

    private static final Pattern MINUTES = Pattern.compile("(\\d+) minute");

    @GetMapping("/login")
    public String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                        HttpSession session, Model model) {
        model.addAttribute("locked", false);
        model.addAttribute("failed", false);
        if (error != null) {
            Object e = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (e instanceof LockedException locked) {
                model.addAttribute("locked", true);
                model.addAttribute("lockedMinutes", minutes(locked.getMessage()));
            } else {
                model.addAttribute("failed", true);
            }
        }
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    /** The wait the throttle named ("try again in 3 minutes"), or null if it named none. */
    static Integer minutes(String message) {
        Matcher m = message == null ? null : MINUTES.matcher(message);
        return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
