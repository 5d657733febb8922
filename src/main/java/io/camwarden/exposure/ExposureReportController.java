package io.camwarden.exposure;

import io.camwarden.domain.Caller;
import io.camwarden.domain.check.ExposureReport;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exposure-reports")
@Tag(name = "Exposure reports", description = "Addresses seen exposed on the Internet or sending botnet traffic,"
        + " from ISP scans, Internet-scan feeds, IDS and abuse desks (checks NET-01, NET-07)")
public class ExposureReportController {

    private final ExposureReportService service;

    public ExposureReportController(ExposureReportService service) {
        this.service = service;
    }

    @PostMapping(consumes = "text/csv")
    @Operation(summary = "Import exposure reports from CSV (REGULATOR, ADMIN)",
            description = "Header: address,port,seen_at,source,kind[,detail]. kind is internet-exposed (NET-01) or"
                    + " botnet (NET-07); seen_at is an ISO time (2026-05-01T08:30:00Z) or a date; port may be empty."
                    + " Every row is stored or rejected on its own; a sighting already stored is a duplicate, so"
                    + " importing a file twice changes nothing. The next assessment fails NET-01/NET-07 for devices"
                    + " with a reported address within the window (camwarden.exposure.window-days).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    public ExposureImportReport importReports(Caller caller, HttpServletRequest request) throws IOException {
        return service.importCsv(caller, new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8),
                "api upload");
    }

    @GetMapping
    @Operation(summary = "List exposure reports, newest first (REGULATOR, ADMIN)")
    public Page<ExposureReport> list(Caller caller,
                                     @Parameter(description = "Only this address") @RequestParam(required = false) String ip,
                                     @Parameter(description = "internet-exposed or botnet") @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return service.list(caller, ip, kind, PageRequest.of(page, size, null, Map.of("seenAt", "seen_at"), "seenAt"));
    }
}
