package io.camwarden.checks;

import io.camwarden.domain.Caller;
import io.camwarden.domain.check.RuleSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Checks and rule sets", description = "The check catalogue, its versions, and how each check is decided")
public class RuleSetController {

    private final RuleSetService ruleSets;

    public RuleSetController(RuleSetService ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping("/checks")
    @Operation(summary = "The checks of the active rule set, each with how CamWarden decides it",
            description = "severity and minLevel come structured (base value, level-dependent values, conditions)"
                    + " beside the rule set's original text. implementation.status is IMPLEMENTED, AWAITING (code"
                    + " waits for another part of CamWarden), NETWORK, NOT_OBSERVABLE (with how it is"
                    + " collected instead) or UNKNOWN.")
    public RuleSetDetails checks() {
        return ruleSets.active();
    }

    @GetMapping("/rule-sets")
    @Operation(summary = "Every rule set version: when and by whom adopted, from which file, which one is active")
    public List<RuleSet> list() {
        return ruleSets.list();
    }

    @GetMapping("/rule-sets/{version}")
    @Operation(summary = "One rule set version with its checks")
    public RuleSetDetails get(@PathVariable int version) {
        return ruleSets.get(version);
    }

    @PostMapping(value = "/rule-sets", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Adopt a new rule set version (REGULATOR, ADMIN)",
            description = """
                    The body is a CSV file with the columns of the shipped catalogue: check_id, domain, title, \
                    observation_or_test, pass_criterion, severity, min_level, vn_mic_camera_criteria, \
                    vn_security_level_refs, etsi_en_303_645, other_refs, source; and optionally notification_windows, \
                    filled on GOV-04's row only: how soon a finding's notice must be sent and then acknowledged, per \
                    severity ("Critical 24 h; High 72 h; Medium 7 days; Low 7 days"; a severity left out, or a file \
                    without the column, keeps CamWarden's default). severity is Critical, High, Medium \
                    or Low, optionally with levels or a condition ("High (L3+) / Medium (L1-2)", \
                    "Medium (High at L3+)"); min_level is 1-5, optionally with its basis \
                    ("1 (TCVN14423) / 3 (TCVN11930)"). The file is validated whole: any problem refuses it with \
                    400 and lists every problem as "row N (line L), column C". It becomes the next version and, \
                    unless activate=false, the active one: results from then on record its version.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "adopted"),
                    @ApiResponse(responseCode = "400", description = "the file has problems; errors lists each"),
                    @ApiResponse(responseCode = "403", description = "your role may not adopt rule sets"),
                    @ApiResponse(responseCode = "409", description = "the same file was adopted before")})
    public ResponseEntity<RuleSet> adopt(Caller caller, HttpServletRequest request,
                                         @Parameter(description = "Name of the file, for the record")
                                         @RequestParam(required = false) String fileName,
                                         @Parameter(description = "Why this version, e.g. the decision adopting it")
                                         @RequestParam(required = false) String note,
                                         @Parameter(description = "Make it the active version at once")
                                         @RequestParam(defaultValue = "true") boolean activate) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(RuleSetService.MAX_FILE_BYTES + 1);
        }
        String origin = "upload" + (fileName == null || fileName.isBlank() ? "" : " " + fileName.strip());
        RuleSet r = ruleSets.adopt(caller, body, origin, note, activate);
        return ResponseEntity.created(URI.create("/api/v1/rule-sets/" + r.version())).body(r);
    }

    @PostMapping("/rule-sets/{version}/activate")
    @Operation(summary = "Make a rule set version the active one (REGULATOR, ADMIN)",
            description = "Also how to go back to an earlier version. Results already stored keep the version that"
                    + " decided them.")
    public RuleSet activate(Caller caller, @PathVariable int version) {
        return ruleSets.activate(caller, version);
    }
}
