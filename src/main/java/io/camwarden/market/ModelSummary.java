package io.camwarden.market;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One vendor and model in the caller's scope: devices in service and what the registry knows of them. */
public record ModelSummary(
        @Schema(description = "The vendor as most devices spell it; null when devices name none") String vendor,
        @Schema(description = "The model as most devices spell it; null when devices name none") String model,
        @Schema(description = "Devices in service of this vendor and model") long devices,
        @Schema(description = "Of those, with a certificate of origin") long withCertificateOrigin,
        @Schema(description = "Of those, with a certificate of quality") long withCertificateQuality,
        @Schema(description = "Of those, with a QCVN 135 conformity reference") long withQcvn135,
        @Schema(description = "Of those, past their end-of-support date") long pastEndOfSupport,
        @Schema(description = "Distinct firmware versions registered") long firmwareVersions,
        @Schema(description = "Active warned-list entries that name this vendor (or a brand of it) and model,"
                + " as check INV-05 matches them") List<Warning> warnings) {

    /** A warned-list entry that covers the model: who warned, by which instrument, and from which level. */
    public record Warning(long id, String authority, String instrument, String listedName, Integer minLevel) {
    }
}
