package io.camwarden.access;

import io.camwarden.domain.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Bearer tokens a user creates for its own scripts and sensors")
public class TokenController {

    /** Token request: a name to recognise it by, and optionally how many days it stays valid. */
    public record TokenRequest(String name, Integer validDays) {
    }

    /** The created token; {@code secret} is shown only in this response. */
    public record TokenCreated(ApiToken token, String secret) {
    }

    private final ApiTokenService tokens;

    public TokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "List your tokens (never their secrets)")
    public List<ApiToken> list(Caller caller) {
        return tokens.list(caller);
    }

    @PostMapping
    @Operation(summary = "Create a token for yourself", description = "The secret is in the answer once; store it.")
    public ResponseEntity<TokenCreated> create(Caller caller, @RequestBody TokenRequest body) {
        var created = tokens.create(caller, body.name(),
                body.validDays() == null ? null : Duration.ofDays(body.validDays()));
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.token().id()))
                .body(new TokenCreated(created.token(), created.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your tokens")
    public ResponseEntity<Void> revoke(Caller caller, @PathVariable long id) {
        tokens.revoke(caller, id);
        return ResponseEntity.noContent().build();
    }
}
