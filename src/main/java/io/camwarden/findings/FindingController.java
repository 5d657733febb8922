package io.camwarden.findings;

import io.camwarden.domain.Caller;
import io.camwarden.domain.check.CheckResult;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.domain.check.Severity;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Findings", description = "One finding per (device, check): open, closed or accepted risk, with evidence")
public class FindingController {

    private static final String SORT = "id, checkId, severity, status, firstSeen, lastSeen, deviceId, reopenedCount;"
            + " add ,desc to reverse (default severity,desc)";

    private final FindingService findings;

    public FindingController(FindingService findings) {
        this.findings = findings;
    }

    @GetMapping("/findings")
    @Operation(summary = "List findings of the devices in your scope", description = "Filters combine with AND.")
    public Page<Finding> list(Caller caller,
                              @RequestParam(required = false) Long deviceId,
                              @Parameter(description = "A catalogue ID, e.g. INV-05") @RequestParam(required = false) String checkId,
                              @Parameter(description = "CRITICAL, HIGH, MEDIUM or LOW") @RequestParam(required = false) String severity,
                              @Parameter(description = "OPEN, CLOSED or ACCEPTED_RISK") @RequestParam(required = false) String status,
                              @Parameter(description = "Device owner, including its sub-organizations")
                              @RequestParam(required = false) Long organizationId,
                              @RequestParam(required = false) Long siteId,
                              @RequestParam(required = false) Long informationSystemId,
                              @RequestParam(required = false) String district,
                              @RequestParam(required = false) Integer securityLevel,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size,
                              @Parameter(description = SORT) @RequestParam(required = false) String sort) {
        var filter = new FindingRepository.Filter(deviceId, checkId, EnumParam.parse(Severity.class, severity, "severity"),
                EnumParam.parse(FindingStatus.class, status, "status"), organizationId, siteId, informationSystemId,
                district, securityLevel);
        return findings.list(caller, filter, pageOf(page, size, sort));
    }

    @GetMapping("/devices/{id}/findings")
    @Operation(summary = "Findings of one device", description = "404 when the device is not in your scope.")
    public Page<Finding> forDevice(Caller caller, @PathVariable long id,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @Parameter(description = SORT) @RequestParam(required = false) String sort) {
        return findings.forDevice(caller, id, pageOf(page, size, sort));
    }

    @GetMapping("/findings/{id}")
    @Operation(summary = "One finding, with its latest evidence and the rule-set version that decided it")
    public Finding get(Caller caller, @PathVariable long id) {
        return findings.get(caller, id);
    }

    @GetMapping("/findings/{id}/results")
    @Operation(summary = "Every result of the finding's device and check, newest first",
            description = "PASS, FAIL, NOT_APPLICABLE and NOT_TESTED alike, each with its evidence: the trend.")
    public List<CheckResult> results(Caller caller, @PathVariable long id,
                                     @RequestParam(required = false, defaultValue = "100") int limit) {
        return findings.history(caller, id, limit);
    }

    @PostMapping("/findings/{id}/accept-risk")
    @Operation(summary = "Accept the risk of an open finding until a date",
            description = "For an approved exception (INV-05, GOV-05). The finding becomes ACCEPTED_RISK; later"
                    + " failures keep it so until the date, then it opens again. A pass closes it. Any role that may"
                    + " write the device may accept, for at most a year.")
    public Finding acceptRisk(Caller caller, @PathVariable long id, @RequestBody RiskAcceptanceRequest body) {
        return findings.acceptRisk(caller, id, body);
    }

    @DeleteMapping("/findings/{id}/accept-risk")
    @Operation(summary = "Withdraw an accepted risk: the finding is OPEN again",
            description = "When the exception no longer holds (the approval was withdrawn, the replacement will not"
                    + " come). The acceptance's reason, date and author are cleared from the finding and stay in the"
                    + " audit log (finding.accept_risk, then finding.withdraw_acceptance). Any role that may write"
                    + " the device may withdraw.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "withdrawn: the finding, now OPEN"),
                    @ApiResponse(responseCode = "403", description = "your role may not change findings"),
                    @ApiResponse(responseCode = "404", description = "no such finding in your scope"),
                    @ApiResponse(responseCode = "409", description = "the finding's risk is not accepted")})
    public Finding withdrawAcceptance(Caller caller, @PathVariable long id) {
        return findings.withdrawAcceptance(caller, id);
    }

    private static PageRequest pageOf(Integer page, Integer size, String sort) {
        return PageRequest.of(page, size, sort, FindingRepository.SORTABLE, "severity,desc");
    }
}
