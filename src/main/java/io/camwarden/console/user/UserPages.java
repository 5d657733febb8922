package io.camwarden.console.user;

import io.camwarden.access.UserRequest;
import io.camwarden.access.UserService;
import io.camwarden.console.Choices;
import io.camwarden.console.FormErrors;
import io.camwarden.console.RecordNames;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Role;
import io.camwarden.domain.User;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User accounts, for administrators: list, create, change role and districts, reset a password, disable. */
@Controller
public class UserPages {

    private final UserService users;
    private final Choices choices;
    private final RecordNames names;

    public UserPages(UserService users, Choices choices, RecordNames names) {
        this.users = users;
        this.choices = choices;
        this.names = names;
    }

    @GetMapping("/users")
    public String list(Caller caller, Model model) {
        model.addAttribute("users", users.list(caller));
        model.addAttribute("names", names.open(caller));
        return "users/list";
    }

    @GetMapping("/users/new")
    public ModelAndView newUser(Caller caller) {
        requireAdmin(caller);
        return form(caller, null, UserForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping("/users")
    public ModelAndView create(Caller caller, @ModelAttribute UserForm form, RedirectAttributes flash) {
        return save(caller, null, form, flash);
    }

    @GetMapping("/users/{id}/edit")
    public ModelAndView edit(Caller caller, @PathVariable long id) {
        requireAdmin(caller);
        return form(caller, id, UserForm.of(users.get(caller, id)), FormErrors.NONE);
    }

    @PostMapping("/users/{id}")
    public ModelAndView update(Caller caller, @PathVariable long id, @ModelAttribute UserForm form,
                               RedirectAttributes flash) {
        return save(caller, id, form, flash);
    }

    /** Enables or disables an account, keeping its role, organization and districts. */
    @PostMapping("/users/{id}/enabled")
    public String setEnabled(Caller caller, @PathVariable long id, @ModelAttribute("enabled") String enabled,
                             RedirectAttributes flash) {
        User u = users.get(caller, id);
        users.update(caller, id, new UserRequest(null, null, u.role().name(), u.organizationId(),
                u.districts(), "true".equals(enabled)));
        flash.addFlashAttribute("changed", u.username());
        return "redirect:/users";
    }

    private ModelAndView save(Caller caller, Long id, UserForm form, RedirectAttributes flash) {
        requireAdmin(caller);
        FieldErrors parse = new FieldErrors();
        UserRequest request = form.toRequest(id == null, parse);
        try {
            parse.throwIfAny();
            User u = id == null ? users.create(caller, request) : users.update(caller, id, request);
            flash.addFlashAttribute("changed", u.username());
            return new ModelAndView("redirect:/users");
        } catch (InvalidInputException e) {
            return refused(form(caller, id, form, FormErrors.of(e)), HttpStatus.BAD_REQUEST);
        } catch (ConflictException e) {
            return refused(form(caller, id, form, FormErrors.global(e.getMessage())), HttpStatus.CONFLICT);
        } catch (ForbiddenException e) {
            // an administrator disabling itself or dropping its own ADMIN role: say so on the form
            return refused(form(caller, id, form, FormErrors.global(e.getMessage())), HttpStatus.FORBIDDEN);
        }
    }

    private ModelAndView form(Caller caller, Long id, UserForm form, FormErrors errors) {
        ModelAndView mav = new ModelAndView("users/form");
        mav.addObject("id", id);
        mav.addObject("form", new UserForm(form.username(), "", form.role(), form.organizationId(), form.districts(),
                form.enabled()));
        mav.addObject("errors", errors);
        mav.addObject("roles", Role.values());
        mav.addObject("organizations", choices.organizations(caller));
        return mav;
    }

    private static ModelAndView refused(ModelAndView mav, HttpStatus status) {
        mav.setStatus(status);
        return mav;
    }

    /** The service checks too; checking first keeps the form from showing to those who cannot use it. */
    private static void requireAdmin(Caller caller) {
        if (!caller.role().manageUsers()) {
            throw new ForbiddenException("only ADMIN users manage accounts");
        }
    }
}
