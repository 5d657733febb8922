package io.camwarden.findings;

import io.swagger.v3.oas.annotations.media.Schema;

/** What to assess: one device, or (deviceId empty) every device in the caller's scope. */
public record AssessmentRequest(
        @Schema(description = "One device; leave empty for every device in your scope", example = "42") Long deviceId) {
}
