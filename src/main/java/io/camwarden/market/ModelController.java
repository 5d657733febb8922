package io.camwarden.market;

import io.camwarden.domain.Caller;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Models", description = "Vendors and models in your scope, with certification and warned lists")
public class ModelController {

    private final ModelSummaryService models;

    public ModelController(ModelSummaryService models) {
        this.models = models;
    }

    @GetMapping("/api/v1/models")
    @Operation(summary = "Vendors and models of the devices in service in your scope",
            description = "One row per vendor and model (spellings differing only in case are one): devices in"
                    + " service, how many have certificates of origin and quality and a QCVN 135 reference, how"
                    + " many are past end of support, distinct firmware versions, and the active warned-list"
                    + " entries that name the model as check INV-05 matches them. Decommissioned devices are not"
                    + " counted.")
    public Page<ModelSummary> list(Caller caller,
                                   @Parameter(description = "Only this vendor (exact, any case)")
                                   @RequestParam(required = false) String vendor,
                                   @Parameter(description = "Text in vendor, model, firmware, serial, MAC, addresses,"
                                           + " tags or notes of the devices counted")
                                   @RequestParam(required = false) String q,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @Parameter(description = "devices, vendor, model, pastEndOfSupport,"
                                           + " withoutCertificates; add ,asc or ,desc (default devices,desc)")
                                   @RequestParam(required = false) String sort) {
        return models.list(caller, vendor, q, PageRequest.of(page, size, sort, ModelSummaryRepository.SORTABLE,
                "devices,desc"));
    }
}
