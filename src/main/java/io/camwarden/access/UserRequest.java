package io.camwarden.access;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** Create or change a user. On update, a null password keeps the current one. */
public record UserRequest(
        @Schema(example = "police.d1") String username,
        @Schema(description = "At least 8 characters", example = "correct horse battery") String password,
        @Schema(description = "ADMIN, REGULATOR, POLICE, INSPECTOR, ISP or OWNER", example = "POLICE") String role,
        @Schema(description = "Required for ISP and OWNER users") Long organizationId,
        @Schema(description = "Districts a POLICE (or INSPECTOR) user may see", example = "[\"Quận 1\"]") Set<String> districts,
        @Schema(description = "Default true") Boolean enabled) {
}
