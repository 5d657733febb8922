package io.camwarden.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceChangesTest {

    private static Device device(String firmware, List<String> addresses, List<String> tags, LocalDate installed) {
        return new Device(1L, DeviceKind.CAMERA, "Hikvision", "DS-2CD2143G0-I", firmware, null, "SN1",
                "bc:ad:28:00:00:01", addresses, List.of(80, 554), 7L, null, null, null, installed, null, null, null,
                null, tags, null, null, null, 1);
    }

    @Test
    void reportsEachChangedFieldAndIgnoresListOrder() {
        Device a = device("V5.5.0", List.of("10.0.0.1", "10.0.0.2"), List.of("gate", "school"), null);
        Device reordered = device("V5.5.0", List.of("10.0.0.2", "10.0.0.1"), List.of("school", "gate"), null);
        assertThat(DeviceChanges.between(a, reordered)).isEmpty();

        Device b = device("V5.7.3", List.of("10.0.0.1"), List.of("gate", "school"), LocalDate.of(2024, 1, 2));
        assertThat(DeviceChanges.between(a, b)).containsExactly(
                new DeviceChanges.FieldChange("firmware", "V5.5.0", "V5.7.3"),
                new DeviceChanges.FieldChange("addresses", "10.0.0.1, 10.0.0.2", "10.0.0.1"),
                new DeviceChanges.FieldChange("installedOn", null, "2024-01-02"));
    }
}
