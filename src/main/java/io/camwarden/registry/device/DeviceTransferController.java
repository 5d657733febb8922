package io.camwarden.registry.device;

import io.camwarden.domain.Caller;
import io.camwarden.registry.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/devices")
@Tag(name = "Devices")
public class DeviceTransferController {

    private final DeviceImporter importer;
    private final DeviceExporter exporter;

    public DeviceTransferController(DeviceImporter importer, DeviceExporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @PostMapping(value = "/import", consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Import devices from CSV or JSON",
            description = """
                    Upsert by serial, else MAC, within the owner organization. CSV header (more columns allowed): \
                    serial,mac,ip,kind,vendor,model,firmware,owner,site,information_system,installed_on,\
                    end_of_support,certificate_origin,certificate_quality,qcvn135 — optional extras: \
                    hardware_version,operator,ports,tags,notes. owner, site, information_system and operator name \
                    a record or give its id as #42. Multiple ip/ports/tags are separated by ';'. JSON: an array of \
                    objects with the same keys. A column the file lacks keeps the stored value; an empty value \
                    clears it. Valid rows are stored even when others are rejected; rows are numbered from 1 \
                    after the header.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/json", schema = @Schema(type = "array"))}))
    public ImportReport importDevices(Caller caller, HttpServletRequest request,
                                      @Parameter(description = "Check and count everything, write nothing")
                                      @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        DeviceImporter.Format format = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("text/csv")
                ? DeviceImporter.Format.CSV : DeviceImporter.Format.JSON;
        return importer.importDevices(caller, request.getInputStream(), format, dryRun, "api upload", n -> { });
    }

    @GetMapping("/export")
    @Operation(summary = "Export every device in your scope, in the import format")
    public ResponseEntity<StreamingResponseBody> export(Caller caller,
                                                        @Parameter(description = "csv (default) or json")
                                                        @RequestParam(defaultValue = "csv") String format) {
        DeviceImporter.Format f = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> DeviceImporter.Format.CSV;
            case "json" -> DeviceImporter.Format.JSON;
            default -> throw InvalidInputException.of("format", "'" + format + "' is not csv or json");
        };
        MediaType type = f == DeviceImporter.Format.CSV ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"devices." + f.name().toLowerCase(Locale.ROOT) + "\"")
                .body(out -> exporter.export(caller, f, out));
    }
}
