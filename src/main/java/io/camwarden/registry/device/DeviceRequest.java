package io.camwarden.registry.device;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Create or replace a device. Serial or MAC (at least one) identifies it within its owner organisation.
 * {@code version}, when given on replace, must match the stored version (optimistic concurrency).
 */
public record DeviceRequest(
        @Schema(description = "CAMERA (default), NVR, DVR, ENCODER or OTHER", example = "CAMERA") String kind,
        @Schema(example = "Hikvision") String vendor,
        @Schema(example = "DS-2CD2143G0-I") String model,
        @Schema(example = "V5.5.0 build 170725") String firmware,
        String hardwareVersion,
        @Schema(example = "DS-2CD2143G0-I20170725AAWRC12345678") String serial,
        @Schema(example = "bc:ad:28:12:34:56") String mac,
        @Schema(example = "[\"10.20.0.15\"]") List<String> addresses,
        @Schema(example = "[80, 554]") List<Integer> ports,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long ownerOrganizationId,
        Long operatorOrganizationId,
        Long siteId,
        Long informationSystemId,
        LocalDate installedOn,
        LocalDate endOfSupport,
        @Schema(description = "Certificate of origin reference (C/O)") String certificateOrigin,
        @Schema(description = "Certificate of quality reference (C/Q)") String certificateQuality,
        @Schema(description = "QCVN 135:2024 conformity reference") String qcvn135,
        List<String> tags,
        String notes,
        Integer version) {
}
