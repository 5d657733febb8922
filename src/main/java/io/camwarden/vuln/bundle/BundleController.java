package io.camwarden.vuln.bundle;

import io.camwarden.domain.Caller;
import io.camwarden.domain.vuln.DataBundle;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bundles")
@Tag(name = "Data bundles", description = "Signed vulnerability and fingerprint data, imported offline, and its age")
public class BundleController {

    private final BundleImportService bundles;

    public BundleController(BundleImportService bundles) {
        this.bundles = bundles;
    }

    @PostMapping(consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(summary = "Import a signed bundle (ADMIN, REGULATOR)",
            description = """
                    The body is the bundle file as `camwarden bundle create` wrote it, e.g. \
                    `curl --data-binary @bundle.tar -H 'Content-Type: application/octet-stream' ...`. \
                    The server verifies it against its trusted keys (camwarden.bundle-keys) before anything is \
                    imported. 201: imported; 200: the same bundle was imported before, nothing changed; \
                    422: refused (unsigned, unknown signer, bad signature, altered or malformed; `reason` says \
                    which) or its content could not be imported, and nothing of it was kept; 413: larger than \
                    any genuine bundle; 503: the server trusts no key yet.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary"))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "imported"),
                    @ApiResponse(responseCode = "200", description = "already imported before"),
                    @ApiResponse(responseCode = "403", description = "your role may not import bundles"),
                    @ApiResponse(responseCode = "413", description = "larger than the bundle limits"),
                    @ApiResponse(responseCode = "422", description = "refused, or content could not be imported"),
                    @ApiResponse(responseCode = "503", description = "no trusted bundle key is configured")})
    public ResponseEntity<BundleImportResult> upload(Caller caller, @Parameter(hidden = true) InputStream body) {
        BundleImportResult r = bundles.importBundle(caller, body, TrustedKeys.none(), "upload", BundleProgress.NONE);
        if (r.alreadyImported()) {
            return ResponseEntity.ok(r);
        }
        return ResponseEntity.created(URI.create("/api/v1/bundles/" + r.bundle().id())).body(r);
    }

    @GetMapping
    @Operation(summary = "List imported bundles: when made, when imported, by whom, signer, source versions")
    public Page<DataBundle> list(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @Parameter(description = "id, name, createdAt, importedAt; add ,desc to reverse")
                                 @RequestParam(required = false) String sort) {
        return bundles.list(PageRequest.of(page, size, sort == null ? "importedAt,desc" : sort,
                DataBundleRepository.SORTABLE, "importedAt,desc"));
    }

    @GetMapping("/status")
    @Operation(summary = "Age of the newest data, and whether it is stale",
            description = "stale is true when the newest bundle was made more than camwarden.bundles.max-age-days"
                    + " ago, or when no bundle was imported yet.")
    public BundleStatus status() {
        return bundles.status();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One imported bundle, with the files its signed manifest lists")
    public BundleDetails get(@PathVariable long id) {
        return bundles.get(id);
    }
}
