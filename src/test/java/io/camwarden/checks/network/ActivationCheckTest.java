package io.camwarden.checks.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.checks.CheckSubject;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Identity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AUTH-05 from the vendor discovery replies. */
class ActivationCheckTest {

    private static final HostReport HOST = new HostReport("10.0.0.5", Instant.parse("2026-11-22T09:00:00Z"), List.of(),
            Identity.UNKNOWN, null);

    private static Outcome decide(LiveEvidence.Activation... replies) {
        LiveEvidence live = new LiveEvidence(List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(replies));
        return new ActivationCheck().decide(CheckSubject.scanned(null, HOST, live)).outcome();
    }

    private static LiveEvidence.Activation reply(String protocol, String state) {
        return new LiveEvidence.Activation(protocol, "M", "S", "F", state, "flag");
    }

    @Test
    void inactiveWinsOverEverythingUnknownBeatsActivatedSilencePasses() {
        assertThat(decide(reply("SADP", "INACTIVE"))).isEqualTo(Outcome.FAIL);
        assertThat(decide(reply("DHIP", "UNKNOWN"), reply("SADP", "INACTIVE"))).isEqualTo(Outcome.FAIL);
        assertThat(decide(reply("DHIP", "UNKNOWN"))).isEqualTo(Outcome.NOT_TESTED);
        assertThat(decide(reply("SADP", "ACTIVATED"))).isEqualTo(Outcome.PASS);
        assertThat(decide()).isEqualTo(Outcome.PASS);
    }
}
