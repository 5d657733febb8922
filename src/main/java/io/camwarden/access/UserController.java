package io.camwarden.access;

import io.camwarden.domain.Caller;
import io.camwarden.domain.User;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts and their roles (ADMIN only, except /me)")
public class UserController {

    /** A user changing its own password. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    private final UserService users;

    public UserController(UserService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "List users")
    public List<User> list(Caller caller) {
        return users.list(caller);
    }

    @GetMapping("/me")
    @Operation(summary = "The logged-in user, with role, organization and districts")
    public User me(Caller caller) {
        return users.get(caller, caller.userId());
    }

    @PutMapping("/me/password")
    @Operation(summary = "Change your own password")
    public ResponseEntity<Void> changePassword(Caller caller, @RequestBody PasswordChange body) {
        users.changeOwnPassword(caller, body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a user")
    public User get(Caller caller, @PathVariable long id) {
        return users.get(caller, id);
    }

    @PostMapping
    @Operation(summary = "Create a user", description = "POLICE users need districts; ISP and OWNER users an organization.")
    public ResponseEntity<User> create(Caller caller, @RequestBody UserRequest body) {
        User u = users.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/users/" + u.id())).body(u);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user's role, organization, districts, enabled flag or password")
    public User update(Caller caller, @PathVariable long id, @RequestBody UserRequest body) {
        return users.update(caller, id, body);
    }
}
