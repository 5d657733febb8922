package io.camwarden.probe.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.LabProcess;
import io.camwarden.probe.ProbeLimits;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The telnet client against the lab's camera-like login: inetutils telnetd under socat, admin/admin. */
@Tag("lab")
class TelnetLabTest {

    private static LabProcess telnetd;
    private static Endpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        endpoint = new Endpoint("127.0.1.30", LabProcess.freePort("127.0.1.30"));
        telnetd = LabProcess.start(List.of("sh", LabProcess.shared().resolve("lab/telnet/telnet.sh").toString(),
                Integer.toString(endpoint.port()), endpoint.host()), endpoint.host(), endpoint.port(), Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        if (telnetd != null) {
            telnetd.close();
        }
    }

    @Test
    void negotiatesWithTelnetdAndReadsTheLoginBanner() throws Exception {
        TelnetBanner banner = new TelnetClientProbe(endpoint, ProbeLimits.DEFAULT).banner();
        assertThat(banner.trimmed()).endsWith("IPCAM-TEST login:");
        assertThat(banner.negotiation()).contains("DO TERMINAL TYPE");

        var service = new TelnetProber(ProbeLimits.DEFAULT).probe(endpoint).orElseThrow();
        assertThat(service.evidence()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(ObservationKinds.TELNET_BANNER);
            assertThat(o.value()).contains("IPCAM-TEST login: ");
        });
    }

    @Test
    void theRightPasswordIsAcceptedAndAWrongOneRejected() throws Exception {
        var client = new TelnetClientProbe(endpoint, ProbeLimits.DEFAULT);
        TelnetLoginResult right = client.login(new Credentials("admin", "admin"));
        assertThat(right.outcome()).as(right.transcript()).isEqualTo(AuthOutcome.ACCEPTED);
        assertThat(right.transcript()).contains("Welcome to IPCAM-TEST");

        TelnetLoginResult wrong = client.login(new Credentials("admin", "letmein"));
        assertThat(wrong.outcome()).as(wrong.transcript()).isEqualTo(AuthOutcome.REJECTED);
        assertThat(wrong.transcript()).contains("Login incorrect").doesNotContain("letmein");
        assertThat(wrong.lockoutSigns()).isEmpty();
    }
}
