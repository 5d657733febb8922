package io.camwarden.registry.system;

import io.camwarden.domain.Caller;
import io.camwarden.domain.InformationSystem;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/information-systems")
@Tag(name = "Information systems", description = "Systems that use cameras, each with a security level 1–5")
public class InformationSystemController {

    private final InformationSystemService systems;

    public InformationSystemController(InformationSystemService systems) {
        this.systems = systems;
    }

    @GetMapping
    @Operation(summary = "List information systems in your scope")
    public Page<InformationSystem> list(Caller caller,
                                        @RequestParam(required = false) Long organizationId,
                                        @RequestParam(required = false) Integer securityLevel,
                                        @Parameter(description = "Only those whose next assessment date has passed")
                                        @RequestParam(required = false) Boolean assessmentOverdue,
                                        @Parameter(description = "Text in the name or purpose")
                                        @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @Parameter(description = "id, name, securityLevel, nextAssessmentOn, createdAt, updatedAt; add ,desc to reverse")
                                        @RequestParam(required = false) String sort) {
        return systems.list(caller, new InformationSystemRepository.Filter(organizationId, securityLevel,
                assessmentOverdue, q), PageRequest.of(page, size, sort, InformationSystemRepository.SORTABLE, "name"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an information system")
    public InformationSystem get(Caller caller, @PathVariable long id) {
        return systems.get(caller, id);
    }

    @PostMapping
    @Operation(summary = "Create an information system")
    public ResponseEntity<InformationSystem> create(Caller caller, @RequestBody InformationSystemRequest body) {
        InformationSystem s = systems.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/information-systems/" + s.id())).body(s);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an information system")
    public InformationSystem update(Caller caller, @PathVariable long id, @RequestBody InformationSystemRequest body) {
        return systems.update(caller, id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an information system without devices")
    public ResponseEntity<Void> delete(Caller caller, @PathVariable long id) {
        systems.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
