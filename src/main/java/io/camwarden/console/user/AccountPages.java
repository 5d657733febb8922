package io.camwarden.console.user;

import io.camwarden.access.ApiTokenService;
import io.camwarden.access.UserService;
import io.camwarden.console.FormErrors;
import io.camwarden.console.FormValues;
import io.camwarden.console.RecordNames;
import io.camwarden.domain.Caller;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user's own account: who they are and what they may see, their password, and their API tokens
 * (for scripts, sensors, Prometheus). A new token's secret is shown on the answer page once, never again.
 */
@Controller
public class AccountPages {

    private final UserService users;
    private final ApiTokenService tokens;
    private final RecordNames names;
    private final Clock clock;

    public AccountPages(UserService users, ApiTokenService tokens, RecordNames names, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/account")
    public ModelAndView account(Caller caller) {
        return page(caller, FormErrors.NONE, FormErrors.NONE);
    }

    @PostMapping("/account/password")
    public ModelAndView changePassword(Caller caller, @RequestParam(required = false) String currentPassword,
                                       @RequestParam(required = false) String newPassword,
                                       @RequestParam(required = false) String repeatPassword,
                                       RedirectAttributes flash) {
        try {
            if (!Objects.equals(newPassword, repeatPassword)) {
                throw InvalidInputException.of("repeatPassword", "does not match the new password: type it again");
            }
            users.changeOwnPassword(caller, currentPassword, newPassword);
        } catch (InvalidInputException e) {
            ModelAndView mav = page(caller, FormErrors.of(e), FormErrors.NONE);
            mav.setStatus(HttpStatus.BAD_REQUEST);
            return mav;
        }
        flash.addFlashAttribute("passwordChanged", true);
        return new ModelAndView("redirect:/account");
    }

    @PostMapping("/account/tokens")
    public ModelAndView createToken(Caller caller, @RequestParam(required = false) String name,
                                    @RequestParam(required = false) String validDays) {
        FieldErrors parse = new FieldErrors();
        Integer days = FormValues.integer(validDays, "validDays", parse);
        try {
            parse.throwIfAny();
            ApiTokenService.Created created = tokens.create(caller, name, days == null ? null : Duration.ofDays(days));
            ModelAndView mav = page(caller, FormErrors.NONE, FormErrors.NONE);
            mav.addObject("created", created);
            return mav;
        } catch (InvalidInputException e) {
            ModelAndView mav = page(caller, FormErrors.NONE, FormErrors.of(e));
            mav.addObject("tokenName", name);
            mav.addObject("validDays", validDays);
            mav.setStatus(HttpStatus.BAD_REQUEST);
            return mav;
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    public String revoke(Caller caller, @PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(caller, id);
        flash.addFlashAttribute("revoked", true);
        return "redirect:/account";
    }

    private ModelAndView page(Caller caller, FormErrors passwordErrors, FormErrors tokenErrors) {
        ModelAndView mav = new ModelAndView("account");
        mav.addObject("user", users.get(caller, caller.userId()));
        mav.addObject("names", names.open(caller));
        mav.addObject("tokens", tokens.list(caller));
        mav.addObject("now", clock.instant());
        mav.addObject("passwordErrors", passwordErrors);
        mav.addObject("tokenErrors", tokenErrors);
        return mav;
    }
}
