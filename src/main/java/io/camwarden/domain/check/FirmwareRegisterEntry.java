package io.camwarden.domain.check;

import java.time.Instant;
import java.time.LocalDate;

/** One release in the regulator's firmware register, as stored (check FW-01). */
public record FirmwareRegisterEntry(Long id, String vendor, String modelPattern, String version, LocalDate releasedOn,
                                    boolean security, String reference, String source, Instant recordedAt,
                                    String recordedBy) {

    /** The release as FW-01 weighs it. */
    public FirmwareRelease release() {
        return new FirmwareRelease(vendor, modelPattern, version, releasedOn, security, reference, FirmwareRelease.Origin.REGISTER,
                "firmware register entry " + id + " (" + source + ")");
    }
}
