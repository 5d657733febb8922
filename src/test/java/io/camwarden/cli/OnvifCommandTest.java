package io.camwarden.cli;

import static io.camwarden.cli.OnvifCommandLabTest.camwarden;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.cli.OnvifCommandLabTest.Run;
import org.junit.jupiter.api.Test;

/** What `camwarden onvif` says without talking to any device. */
class OnvifCommandTest {

    @Test
    void theClockSkewReadsAsTimeAheadOrBehind() {
        assertThat(OnvifCommand.skew(null)).isEqualTo("unknown");
        assertThat(OnvifCommand.skew(java.time.Duration.ofMillis(-1500))).isEqualTo("in step with ours");
        assertThat(OnvifCommand.skew(java.time.Duration.ofSeconds(-(3 * 86400 + 4 * 3600 + 6))))
                .isEqualTo("3 d 4 h 6 s behind ours");
        assertThat(OnvifCommand.skew(java.time.Duration.ofMinutes(90))).isEqualTo("1 h 30 min 0 s ahead of ours");
    }

    @Test
    void usageMistakesSayWhatToDo() {
        Run both = camwarden("onvif", "discover", "--multicast", "127.0.2.10");
        Run badUrl = camwarden("onvif", "probe", "ftp://127.0.2.10/");

        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("give either --multicast or one or more HOSTs to probe");
        assertThat(badUrl.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badUrl.err()).contains("URL must be an http(s) address");
    }
}
