package io.camwarden.registry.site;

import io.swagger.v3.oas.annotations.media.Schema;

/** Create or replace a site. Latitude and longitude come together or not at all. */
public record SiteRequest(
        @Schema(description = "Organisation responsible for the site", requiredMode = Schema.RequiredMode.REQUIRED)
        Long organizationId,
        @Schema(example = "Nguyễn Huệ pedestrian street, north gate", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        String address,
        @Schema(description = "District: police users are scoped by it", example = "Quận 1") String district,
        @Schema(example = "Phường Bến Nghé") String ward,
        @Schema(example = "10.7743") Double latitude,
        @Schema(example = "106.7038") Double longitude) {
}
