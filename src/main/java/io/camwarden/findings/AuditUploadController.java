package io.camwarden.findings;

import io.camwarden.domain.Caller;
import io.camwarden.registry.Sql;
import io.camwarden.registry.device.DeviceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assessments")
public class AuditUploadController {

    /** A credential the audit found, as shown: never the password itself. */
    public record FoundCredential(String protocol, int port, String username, String password, String kind,
                                  String source, Instant foundAt) {
    }

    private final AuditUploadService uploads;
    private final DeviceService devices;
    private final JdbcClient jdbc;

    public AuditUploadController(AuditUploadService uploads, DeviceService devices, JdbcClient jdbc) {
        this.uploads = uploads;
        this.devices = devices;
        this.jdbc = jdbc;
    }

    @PostMapping(value = "/api/v1/audits", consumes = {"application/x-ndjson", "text/plain"})
    @Operation(summary = "Upload the results of `camwarden audit` (REGULATOR and ADMIN)",
            description = "One line per host: {\"host\": <scan report>, \"live\": <live test evidence>}. Hosts are "
                    + "reconciled like a scan upload; matched devices are assessed with every check of the active rule "
                    + "set, network checks included; found credentials are sealed and shown masked.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))))
    public AuditUploadReport upload(Caller caller, HttpServletRequest request,
                                    @Parameter(description = "Where the audit came from")
                                    @RequestParam(defaultValue = "audit upload") String source) throws IOException {
        return uploads.upload(caller, request.getInputStream(), source);
    }

    @GetMapping("/api/v1/devices/{id}/credentials")
    @Operation(summary = "Credentials the audit found working on a device, masked")
    public List<FoundCredential> credentials(Caller caller, @PathVariable long id) {
        devices.get(caller, id);
        return jdbc.sql("SELECT * FROM found_credential WHERE device_id = :d ORDER BY protocol, port").param("d", id)
                .query((rs, n) -> new FoundCredential(rs.getString("protocol"), rs.getInt("port"),
                        rs.getString("username"), rs.getString("password_hint"), rs.getString("kind"),
                        rs.getString("source"), Sql.instant(rs, "found_at"))).list();
    }
}
