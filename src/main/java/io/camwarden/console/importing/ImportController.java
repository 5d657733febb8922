package io.camwarden.console.importing;

import io.camwarden.console.FormErrors;
import io.camwarden.domain.Caller;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Writes;
import io.camwarden.registry.device.DeviceColumns;
import io.camwarden.registry.device.DeviceImporter;
import io.camwarden.registry.device.ImportReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bulk import from the browser, in two steps: upload runs a dry run and shows what would be created,
 * updated, left alone and rejected (row numbers and reasons); only the user's confirmation writes.
 */
@Controller
public class ImportController {

    private final DeviceImporter importer;
    private final PendingImports uploads;

    public ImportController(DeviceImporter importer, PendingImports uploads) {
        this.importer = importer;
        this.uploads = uploads;
    }

    @GetMapping("/import")
    public String page(Caller caller, Model model) {
        Writes.requireWriter(caller);
        model.addAttribute("columns", DeviceColumns.ALL);
        model.addAttribute("errors", FormErrors.NONE);
        return "import/upload";
    }

    @PostMapping("/import")
    public ModelAndView dryRun(Caller caller, @RequestParam(required = false) MultipartFile file) throws IOException {
        Writes.requireWriter(caller);
        if (file == null || file.isEmpty()) {
            return refused(FormErrors.of(InvalidInputException.of("file", "choose a CSV or JSON file to upload")));
        }
        DeviceImporter.Format format;
        try (InputStream in = new BufferedInputStream(file.getInputStream())) {
            format = format(file.getOriginalFilename(), in);
        }
        PendingImports.Pending pending;
        try (InputStream in = file.getInputStream()) {
            pending = uploads.store(caller, file.getOriginalFilename(), format, in);
        }
        try {
            ModelAndView mav = report(caller, pending, true);
            mav.addObject("token", pending.token());
            return mav;
        } catch (InvalidInputException e) {
            uploads.remove(pending);
            return refused(FormErrors.of(e));
        }
    }

    @PostMapping("/import/confirm")
    public ModelAndView confirm(Caller caller, @RequestParam String token) throws IOException {
        Writes.requireWriter(caller);
        PendingImports.Pending pending = uploads.find(caller, token).orElseThrow(() -> InvalidInputException.of("token",
                "this upload is no longer waiting (imported already, or older than 2 hours): upload the file again"));
        try {
            return report(caller, pending, false);
        } finally {
            uploads.remove(pending);
        }
    }

    /** The upload page again, saying what is wrong with the file (unreadable, empty, header lacking a column). */
    private static ModelAndView refused(FormErrors errors) {
        ModelAndView mav = new ModelAndView("import/upload");
        mav.addObject("columns", DeviceColumns.ALL);
        mav.addObject("errors", errors);
        mav.setStatus(HttpStatus.BAD_REQUEST);
        return mav;
    }

    private ModelAndView report(Caller caller, PendingImports.Pending pending, boolean dryRun) throws IOException {
        ImportReport report;
        try (InputStream in = Files.newInputStream(pending.path())) {
            report = importer.importDevices(caller, in, pending.format(), dryRun,
                    "console upload " + pending.fileName(), n -> { });
        }
        ModelAndView mav = new ModelAndView("import/report");
        mav.addObject("report", report);
        mav.addObject("fileName", pending.fileName());
        mav.addObject("format", pending.format().name());
        return mav;
    }

    /** JSON if the name says so or the file starts with '[' (after white space and a BOM); CSV otherwise. */
    static DeviceImporter.Format format(String fileName, InputStream in) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return DeviceImporter.Format.JSON;
        }
        if (name.endsWith(".csv")) {
            return DeviceImporter.Format.CSV;
        }
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF);
        return c == '[' ? DeviceImporter.Format.JSON : DeviceImporter.Format.CSV;
    }
}
