package io.camwarden.console.scan;

import io.camwarden.console.FormErrors;
import io.camwarden.console.FormSubmission;
import io.camwarden.console.ListQuery;
import io.camwarden.domain.Caller;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Page;
import io.camwarden.reconcile.ScanController;
import io.camwarden.reconcile.ScanIngestReport;
import io.camwarden.reconcile.ScanIngestService;
import io.camwarden.reconcile.ScanResultsRepository;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scan results for the regulator: the upload of a `camwarden scan` output (matched to the registry, drift
 * recorded, unmatched camera-like hosts kept as rogue candidates), the uploads so far, and the rogue
 * candidates, each registered as a device or dismissed with a reason. Everything goes through the API's
 * controller and service, so the role check, validation and audit are the same.
 */
@Controller
public class ScanPages {

    static final int RUNS_SHOWN = 20;
    static final int CANDIDATES_PER_PAGE = 50;
    static final List<String> CANDIDATE_STATUSES = List.of("OPEN", "REGISTERED", "DISMISSED");

    private final ScanController api;
    private final ScanIngestService ingest;

    public ScanPages(ScanController api, ScanIngestService ingest) {
        this.api = api;
        this.ingest = ingest;
    }

    @GetMapping("/scans")
    public ModelAndView page(Caller caller, @RequestParam(required = false) String status,
                             @RequestParam(required = false) Integer page) {
        return view(caller, status, page, FormErrors.NONE, null);
    }

    @PostMapping("/scans")
    public ModelAndView upload(Caller caller, @RequestParam(required = false) MultipartFile file,
                               @RequestParam(required = false) String source, RedirectAttributes flash)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(caller, FormErrors.of(InvalidInputException.of("file",
                    "choose the JSON Lines file that camwarden scan --out wrote")), null, HttpStatus.BAD_REQUEST);
        }
        String from = source == null || source.isBlank() ? "console upload '" + file.getOriginalFilename() + "'"
                : source.strip();
        ScanIngestReport report;
        try (InputStream in = file.getInputStream()) {
            report = ingest.ingest(caller, in, from);
        }
        flash.addFlashAttribute("report", report);
        return new ModelAndView("redirect:/scans");
    }

    @PostMapping("/rogue-candidates/{id}/dismiss")
    public ModelAndView dismiss(Caller caller, @PathVariable long id, @RequestParam(required = false) String reason,
                                RedirectAttributes flash) {
        return FormSubmission.submit(() -> {
            api.dismiss(caller, id, new ScanController.Dismissal(reason));
            flash.addFlashAttribute("dismissed", id);
            return new ModelAndView("redirect:/scans");
        }, errors -> view(caller, null, null, errors, id));
    }

    private ModelAndView view(Caller caller, String status, Integer page, FormErrors errors, Long failedCandidate) {
        // what needs a decision, unless asked otherwise ("ALL": every status)
        String s = status == null || status.isBlank() ? "OPEN" : status.equalsIgnoreCase("ALL") ? null : status;
        int p = page == null ? 0 : Math.max(page, 0);
        Page<ScanResultsRepository.RogueCandidate> candidates = api.candidates(caller, s, p, CANDIDATES_PER_PAGE);
        ModelAndView mav = new ModelAndView("scans/page");
        mav.addObject("query", new ListQuery("/scans").with("status", status));
        mav.addObject("status", s == null ? "ALL" : s.strip().toUpperCase(java.util.Locale.ROOT));
        mav.addObject("statuses", CANDIDATE_STATUSES);
        mav.addObject("candidates", candidates);
        mav.addObject("runs", api.runs(caller, 0, RUNS_SHOWN));
        mav.addObject("errors", errors);
        mav.addObject("failedCandidate", failedCandidate);
        return mav;
    }

    /** The page again with what went wrong; the status tells a script that nothing changed. */
    private ModelAndView refused(Caller caller, FormErrors errors, Long candidate, HttpStatus status) {
        ModelAndView mav = view(caller, null, null, errors, candidate);
        mav.setStatus(status);
        return mav;
    }
}
