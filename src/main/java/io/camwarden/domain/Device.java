package io.camwarden.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A device in the registry of record. Serial and MAC identify it within its owner organisation;
 * addresses and ports are where it was registered (or last seen) on the network.
 */
public record Device(
        Long id,
        DeviceKind kind,
        String vendor,
        String model,
        String firmware,
        String hardwareVersion,
        String serial,
        String mac,
        List<String> addresses,
        List<Integer> ports,
        Long ownerOrganizationId,
        Long operatorOrganizationId,
        Long siteId,
        Long informationSystemId,
        LocalDate installedOn,
        LocalDate endOfSupport,
        String certificateOrigin,
        String certificateQuality,
        String qcvn135,
        List<String> tags,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        Integer version) {

    public Device {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        ports = ports == null ? List.of() : List.copyOf(ports);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
