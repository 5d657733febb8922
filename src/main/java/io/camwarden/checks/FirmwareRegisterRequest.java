package io.camwarden.checks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A firmware release the vendor published, as the regulator enters it from release notes or an advisory. */
public record FirmwareRegisterRequest(
        @Schema(example = "Hikvision", requiredMode = Schema.RequiredMode.REQUIRED) String vendor,
        @Schema(description = "The models it is for: a name, or a glob with * and ? (case, '-', '_' and spaces"
                + " ignored)", example = "DS-2CD2*", requiredMode = Schema.RequiredMode.REQUIRED) String modelPattern,
        @Schema(example = "V5.5.800 build 210628", requiredMode = Schema.RequiredMode.REQUIRED) String version,
        @Schema(description = "When the vendor published it; FW-01 counts the update deadline from this day")
        LocalDate releasedOn,
        @Schema(description = "The release fixes vulnerabilities (a security release)") Boolean security,
        @Schema(description = "Release notes or advisory", example = "HSRC-202109-01") String reference,
        @Schema(description = "Where this fact comes from (vendor page and date, letter, procurement file)",
                requiredMode = Schema.RequiredMode.REQUIRED) String source) {
}
