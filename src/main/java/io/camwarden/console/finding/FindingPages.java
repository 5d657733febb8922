package io.camwarden.console.finding;

import io.camwarden.checks.CatalogueEntry;
import io.camwarden.checks.RuleSetService;
import io.camwarden.console.FormErrors;
import io.camwarden.console.Htmx;
import io.camwarden.console.ListQuery;
import io.camwarden.console.ListResults;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.Check;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.domain.check.Severity;
import io.camwarden.findings.FindingController;
import io.camwarden.findings.FindingService;
import io.camwarden.findings.RiskAcceptanceRequest;
import io.camwarden.notify.NotificationController;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The findings of the devices in the reader's scope, and one finding with its check, its latest evidence and
 * its notices. Lists go through the REST controllers, so the console filters, sorts and scopes (in SQL)
 * exactly as the API does; a filtered list is a plain GET address that can be bookmarked.
 */
@Controller
public class FindingPages {

    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    static final int NOTICES_SHOWN = 100;

    private final FindingController findingsApi;
    private final FindingService findings;
    private final NotificationController notices;
    private final RuleSetService ruleSets;

    public FindingPages(FindingController findingsApi, FindingService findings, NotificationController notices,
                        RuleSetService ruleSets) {
        this.findingsApi = findingsApi;
        this.findings = findings;
        this.notices = notices;
        this.ruleSets = ruleSets;
    }

    @GetMapping("/findings")
    public String list(Caller caller, HttpServletRequest request, HttpServletResponse response, Model model,
                       @RequestParam(required = false) String severity,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) String checkId,
                       @RequestParam(required = false) Long deviceId,
                       @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) Integer size,
                       @RequestParam(required = false) String sort) {
        ListQuery query = new ListQuery("/findings").with("severity", severity).with("status", status)
                .with("checkId", checkId).with("deviceId", deviceId).with("size", size).with("sort", sort)
                .with("page", page == null || page == 0 ? null : page);
        model.addAttribute("query", query);
        Page<Finding> result = ListResults.load(model, PAGE_SIZES.get(1), () -> {
            // the API's default order: most severe first
            return findingsApi.list(caller, deviceId, checkId, severity, status, null, null, null, null, null,
                    page, size == null ? PAGE_SIZES.get(1) : size, sort);
        });
        model.addAttribute("findings", result);
        if (Htmx.partial(request)) {
            Htmx.pushUrl(response, query);
            return "findings/list :: results";
        }
        model.addAttribute("severities", List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW));
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("pageSizes", PAGE_SIZES);
        return "findings/list";
    }

    @GetMapping("/findings/{id}")
    public String detail(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return detailPage(caller, id, model);
    }

    /**
     * Accepts the risk of an open finding (any role that may write the device; the service checks that and the
     * reason and date); back to the finding when done, the same page with the form's errors when not.
     */
    @PostMapping("/findings/{id}/accept-risk")
    public String acceptRisk(Caller caller, @PathVariable long id, @RequestParam(required = false) String reason,
                             @RequestParam(required = false) String until, HttpServletResponse response,
                             Model model) {
        try {
            findings.acceptRisk(caller, id, new RiskAcceptanceRequest(reason, date(until)));
            return "redirect:/findings/" + id + "?accepted=true";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("reason", reason);
            model.addAttribute("until", until);
            return detailPage(caller, id, model);
        }
    }

    /**
     * Withdraws the accepted risk of a finding, which is OPEN again (any role that may write the device; the
     * service checks that, the scope and the status, and writes the audit log).
     */
    @PostMapping("/findings/{id}/withdraw-acceptance")
    public String withdrawAcceptance(Caller caller, @PathVariable long id) {
        findings.withdrawAcceptance(caller, id);
        return "redirect:/findings/" + id + "?withdrawn=true";
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("until", "'" + s + "' is not a date: write YYYY-MM-DD");
        }
    }

    private String detailPage(Caller caller, long id, Model model) {
        Finding f = findings.get(caller, id); // 404 outside the scope
        model.addAttribute("finding", f);
        model.addAttribute("check", check(f));
        Page<FindingNotice> sent = notices.forFinding(caller, id, 0, NOTICES_SHOWN, null);
        model.addAttribute("notices", sent);
        return "findings/detail";
    }

    /** The check as the rule set that decided the finding defines it, or null if that version lacks it. */
    private Check check(Finding f) {
        return ruleSets.get(f.ruleSetVersion()).checks().stream().map(CatalogueEntry::check)
                .filter(c -> c.id().equals(f.checkId())).findFirst().orElse(null);
    }
}
