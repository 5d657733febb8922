package io.camwarden.findings;

import io.camwarden.domain.Caller;
import io.camwarden.domain.check.Assessment;
import io.camwarden.domain.check.CheckResult;
import io.camwarden.domain.check.Outcome;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessments", description = "Runs of the checks over devices, and every result they produced")
public class AssessmentController {

    private final AssessmentService assessments;

    public AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping
    @Operation(summary = "Run the checks now, over one device or every device in your scope",
            description = """
                    Runs the active rule set's checks (today: the registry checks; the others answer NOT_TESTED \
                    saying how they are covered) and moves findings: FAIL opens or keeps open, FAIL after CLOSED \
                    reopens, PASS closes, NOT_APPLICABLE and NOT_TESTED change nothing. ADMIN and REGULATOR run \
                    over everything; OWNER and ISP users over the devices they may change (an owner confirms its \
                    own fix). POLICE and INSPECTOR users may not run assessments. Answers the run's summary.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false),
            responses = {
                    @ApiResponse(responseCode = "201", description = "done; the summary"),
                    @ApiResponse(responseCode = "403", description = "your role may not run assessments"),
                    @ApiResponse(responseCode = "404", description = "the device is not in your scope")})
    public ResponseEntity<Assessment> run(Caller caller, @RequestBody(required = false) AssessmentRequest body) {
        Assessment a = assessments.run(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + a.id())).body(a);
    }

    @GetMapping
    @Operation(summary = "Assessment runs, newest first",
            description = "Users who see the whole registry see every run; others see the runs they started.")
    public Page<Assessment> list(Caller caller, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return assessments.list(caller, PageRequest.of(page, size, null, AssessmentRepository.SORTABLE, "id,desc"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One run: what it covered, under which rule set, and what came of it")
    public Assessment get(Caller caller, @PathVariable long id) {
        return assessments.get(caller, id);
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "The results of one run for the devices in your scope, with their evidence")
    public Page<CheckResult> results(Caller caller, @PathVariable long id,
                                     @Parameter(description = "PASS, FAIL, NOT_APPLICABLE or NOT_TESTED")
                                     @RequestParam(required = false) String outcome,
                                     @RequestParam(required = false) Long deviceId,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return assessments.results(caller, id, EnumParam.parse(Outcome.class, outcome, "outcome"), deviceId,
                PageRequest.of(page, size, null, java.util.Map.of("id", "r.id"), "id"));
    }
}
