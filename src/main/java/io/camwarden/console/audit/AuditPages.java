package io.camwarden.console.audit;

import io.camwarden.auditlog.AuditLogController;
import io.camwarden.console.Htmx;
import io.camwarden.console.ListQuery;
import io.camwarden.console.ListResults;
import io.camwarden.domain.AuditEntry;
import io.camwarden.domain.Caller;
import io.camwarden.registry.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log, newest first, read-only (ADMIN and REGULATOR, checked by the same code as the API), and
 * the check of its hash chain.
 */
@Controller
public class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLogController audit;

    public AuditPages(AuditLogController audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    public String list(Caller caller, HttpServletRequest request, HttpServletResponse response, Model model,
                       @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                       @RequestParam(required = false) String targetType,
                       @RequestParam(required = false) String targetId,
                       @RequestParam(required = false, defaultValue = "0") int page) {
        ListQuery query = new ListQuery("/audit").with("actor", actor).with("action", action)
                .with("targetType", targetType).with("targetId", targetId).with("page", page == 0 ? null : page);
        model.addAttribute("query", query);
        Page<AuditEntry> entries = ListResults.load(model, PAGE_SIZE, () ->
                audit.list(caller, actor, action, targetType, targetId, null, null, page, PAGE_SIZE));
        model.addAttribute("entries", entries);
        if (Htmx.partial(request)) {
            Htmx.pushUrl(response, query);
            return "audit :: results";
        }
        return "audit";
    }

    @GetMapping("/audit/verify")
    public String verify(Caller caller, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("verification", audit.verify(caller));
        if (Htmx.partial(request)) {
            return "audit :: verification";
        }
        return list(caller, request, response, model, null, null, null, null, 0);
    }
}
