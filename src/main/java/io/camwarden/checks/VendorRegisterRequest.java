package io.camwarden.checks;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a vendor publishes about its security practice; an empty field means none is known. */
public record VendorRegisterRequest(
        @Schema(example = "Axis Communications", requiredMode = Schema.RequiredMode.REQUIRED) String vendor,
        @Schema(description = "Where vulnerabilities are reported: a PSIRT page, security.txt or an e-mail address")
        String disclosureChannel,
        @Schema(description = "Where security advisories are published (a web page, RSS or CSAF feed)")
        String advisoryFeed,
        @Schema(description = "The published support period, or where it is published", example = "5 years after end of sale")
        String supportPeriod,
        @Schema(description = "Where these facts come from (procurement file, vendor letter, web page and date)",
                requiredMode = Schema.RequiredMode.REQUIRED) String source,
        String note) {
}
