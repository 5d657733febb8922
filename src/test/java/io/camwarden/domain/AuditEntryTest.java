package io.camwarden.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void anyChangedFieldChangesTheHashAndFieldBoundariesCannotBeShifted() {
        Instant t = Instant.parse("2026-11-22T08:00:00.123456789Z");
        AuditEntry e = AuditEntry.chain(1, t, "admin", "device.update", "device", "7", "SUCCESS", "127.0.0.1",
                "{\"a\":1}", AuditEntry.GENESIS);
        assertThat(e.at()).isEqualTo(Instant.parse("2026-11-22T08:00:00.123456Z"));
        assertThat(e.expectedHash()).isEqualTo(e.hash());
        AuditEntry shifted = AuditEntry.chain(1, t, "admi", "ndevice.update", "device", "7", "SUCCESS", "127.0.0.1",
                "{\"a\":1}", AuditEntry.GENESIS);
        assertThat(shifted.hash()).isNotEqualTo(e.hash());
        AuditEntry nullVsEmpty = AuditEntry.chain(1, t, "admin", "device.update", "device", "7", "SUCCESS", "",
                "{\"a\":1}", AuditEntry.GENESIS);
        assertThat(nullVsEmpty.hash()).isNotEqualTo(AuditEntry.chain(1, t, "admin", "device.update", "device", "7",
                "SUCCESS", null, "{\"a\":1}", AuditEntry.GENESIS).hash());
        AuditEntry tampered = new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(),
                e.outcome(), e.remoteAddr(), "{\"a\":2}", e.prevHash(), e.hash());
        assertThat(tampered.expectedHash()).isNotEqualTo(tampered.hash());
    }
}
