package io.camwarden.checks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A new warned-vendor list entry. Authority, instrument and source are required: a listing must be traceable. */
public record WarnedVendorRequest(
        @Schema(example = "Dahua Technology", requiredMode = Schema.RequiredMode.REQUIRED) String vendor,
        @Schema(description = "Related brands and OEM relabels, each optionally with a remark in parentheses",
                example = "[\"Imou\", \"Amcrest\", \"KBVision (VN market OEM - verify)\"]") List<String> brands,
        @Schema(description = "Only models starting with this text; empty for every model") String model,
        @Schema(description = "Only for information systems of this security level or higher; empty for all",
                example = "3") Integer minLevel,
        @Schema(example = "US Congress; FCC", requiredMode = Schema.RequiredMode.REQUIRED) String authority,
        @Schema(example = "USA") String jurisdiction,
        @Schema(example = "NDAA §889; FCC Covered List", requiredMode = Schema.RequiredMode.REQUIRED) String instrument,
        @Schema(example = "video surveillance equipment for public safety") String scope,
        @Schema(example = "2023-02-06") String effective,
        @Schema(example = "fcc.gov 'Prohibition on Authorization of Covered Equipment'",
                requiredMode = Schema.RequiredMode.REQUIRED) String source) {
}
