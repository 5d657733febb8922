package io.camwarden.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** GOV-04's windows as a rule set writes them: defaults for what it leaves out, clear words for what is wrong. */
class NotificationWindowsTest {

    @Test
    void theDefaultsAreTheCataloguesDayForCriticalAndTheRemediationGradesForTheRest() {
        NotificationWindows d = NotificationWindows.DEFAULTS;
        assertThat(d.text()).isEqualTo("Critical 24 h; High 72 h; Medium 7 days; Low 7 days");
        assertThat(d.of(Severity.LOW)).isEqualTo(Duration.ofDays(7));
        assertThat(d.source()).startsWith("CamWarden's defaults");
        assertThat(NotificationWindows.parse(" ")).isSameAs(d);
    }

    @Test
    void hoursAndDaysInAnyCaseAndWhatIsGivenWritesBackTheSame() {
        NotificationWindows w = NotificationWindows.parse("critical 12h, HIGH: 2 days; low=10 d");
        assertThat(w.of(Severity.CRITICAL)).isEqualTo(Duration.ofHours(12));
        assertThat(w.of(Severity.HIGH)).isEqualTo(Duration.ofHours(48));
        assertThat(w.of(Severity.MEDIUM)).isEqualTo(Duration.ofDays(7));
        assertThat(w.label(Severity.HIGH)).isEqualTo("48 h");
        assertThat(w.label(Severity.LOW)).isEqualTo("10 days");
        assertThat(w.givenText()).isEqualTo("Critical 12 h; High 48 h; Low 10 days");
        assertThat(NotificationWindows.parse(w.givenText())).isEqualTo(w);
    }

    @Test
    void badWindowsSayWhatIsWrong() {
        assertThatThrownBy(() -> NotificationWindows.parse("Critical tomorrow"))
                .hasMessageContaining("'Critical tomorrow' is not a notification window");
        assertThatThrownBy(() -> NotificationWindows.parse("Urgent 4 h")).hasMessageContaining("'Urgent' is not a severity");
        assertThatThrownBy(() -> NotificationWindows.parse("High 1 h; High 2 h")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> NotificationWindows.parse("Low 0 h")).hasMessageContaining("outside 1 h to 366 days");
        assertThatThrownBy(() -> NotificationWindows.parse("Low 400 days")).hasMessageContaining("outside");
        assertThatThrownBy(() -> NotificationWindows.parse(";")).hasMessageContaining("gives no window");
    }
}
