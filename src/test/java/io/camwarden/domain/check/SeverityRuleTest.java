package io.camwarden.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Severity and minimum-level cells of the catalogue in structured form, and the errors bad cells get. */
class SeverityRuleTest {

    @Test
    void plainSeverity() {
        SeverityRule r = SeverityRule.parse("High");
        assertThat(r.base()).isEqualTo(Severity.HIGH);
        assertThat(r.byLevel()).isEmpty();
        assertThat(r.at(1)).isEqualTo(Severity.HIGH);
        assertThat(r.at(null)).isEqualTo(Severity.HIGH);
        assertThat(r.text()).isEqualTo("High");
    }

    @Test
    void levelDependentWithoutUnqualifiedPartTakesTheMostSevereAsBase() {
        SeverityRule r = SeverityRule.parse("High (L3+) / Medium (L1-2)");
        assertThat(r.byLevel()).containsExactly(
                new SeverityRule.LevelSeverity(new LevelRange(3, 5), Severity.HIGH),
                new SeverityRule.LevelSeverity(new LevelRange(1, 2), Severity.MEDIUM));
        assertThat(r.at(1)).isEqualTo(Severity.MEDIUM);
        assertThat(r.at(2)).isEqualTo(Severity.MEDIUM);
        assertThat(r.at(3)).isEqualTo(Severity.HIGH);
        assertThat(r.at(5)).isEqualTo(Severity.HIGH);
        assertThat(r.at(null)).as("unknown level never lowers the severity").isEqualTo(Severity.HIGH);
        assertThat(r.text()).isEqualTo("High (L3+) / Medium (L1-2)");
    }

    @Test
    void levelOverrideWithUnqualifiedBase() {
        SeverityRule r = SeverityRule.parse("High (L3+) / Medium");
        assertThat(r.base()).isEqualTo(Severity.MEDIUM);
        assertThat(r.at(2)).isEqualTo(Severity.MEDIUM);
        assertThat(r.at(4)).isEqualTo(Severity.HIGH);

        SeverityRule at = SeverityRule.parse("Medium (High at L3+)");
        assertThat(at.base()).isEqualTo(Severity.MEDIUM);
        assertThat(at.at(2)).isEqualTo(Severity.MEDIUM);
        assertThat(at.at(3)).isEqualTo(Severity.HIGH);
        assertThat(at.escalations()).isEmpty();
    }

    @Test
    void conditionalEscalationsAndNotesAreKeptNotApplied() {
        SeverityRule r = SeverityRule.parse("High (Critical if EoL and KEV-affected, e.g. AVTECH AVM1203/CVE-2024-7029)");
        assertThat(r.base()).isEqualTo(Severity.HIGH);
        assertThat(r.at(5)).isEqualTo(Severity.HIGH);
        assertThat(r.escalations()).containsExactly(new SeverityRule.Escalation(Severity.CRITICAL,
                "if EoL and KEV-affected, e.g. AVTECH AVM1203/CVE-2024-7029"));

        assertThat(SeverityRule.parse("Low (Medium for street-level public cameras)").escalations())
                .containsExactly(new SeverityRule.Escalation(Severity.MEDIUM, "for street-level public cameras"));
        SeverityRule gate = SeverityRule.parse("Medium (procurement gate)");
        assertThat(gate.base()).isEqualTo(Severity.MEDIUM);
        assertThat(gate.notes()).containsExactly("procurement gate");
    }

    @Test
    void badCellsSayWhatIsWrongAndWhatIsAccepted() {
        assertThatThrownBy(() -> SeverityRule.parse("Hihg")).hasMessageContaining("'Hihg'")
                .hasMessageContaining("Critical, High, Medium or Low");
        assertThatThrownBy(() -> SeverityRule.parse("")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> SeverityRule.parse("High / Medium")).hasMessageContaining("two severities for every level");
        assertThatThrownBy(() -> SeverityRule.parse("High (L2+) / Medium (L1-3)")).hasMessageContaining("overlap");
        assertThatThrownBy(() -> SeverityRule.parse("High (L3+")).hasMessageContaining("parentheses");
    }

    @Test
    void minimumLevels() {
        MinimumLevel plain = MinimumLevel.parse("2");
        assertThat(plain.level()).isEqualTo(2);
        assertThat(plain.appliesAt(1)).isFalse();
        assertThat(plain.appliesAt(2)).isTrue();

        MinimumLevel policy = MinimumLevel.parse("1 (policy-driven; strict for L3+ and public-security systems)");
        assertThat(policy.level()).isEqualTo(1);
        assertThat(policy.basis()).isEqualTo("policy-driven; strict for L3+ and public-security systems");

        MinimumLevel regimes = MinimumLevel.parse("1 (TCVN14423) / 3 (typical TCVN11930 practice)");
        assertThat(regimes.level()).isEqualTo(1);
        assertThat(regimes.basis()).isEqualTo("TCVN14423");
        assertThat(regimes.alternatives()).containsExactly(new MinimumLevel.Alternative(3, "typical TCVN11930 practice"));
        assertThat(regimes.text()).isEqualTo("1 (TCVN14423) / 3 (typical TCVN11930 practice)");

        assertThatThrownBy(() -> MinimumLevel.parse("6")).hasMessageContaining("'6'").hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> MinimumLevel.parse("one")).hasMessageContaining("not a security level");
        assertThatThrownBy(() -> MinimumLevel.parse(" ")).hasMessageContaining("is empty");
    }

    @Test
    void levelRanges() {
        assertThat(LevelRange.parse("L3+")).isEqualTo(new LevelRange(3, 5));
        assertThat(LevelRange.parse("L1-2")).isEqualTo(new LevelRange(1, 2));
        assertThat(LevelRange.parse("L4")).isEqualTo(new LevelRange(4, 4));
        assertThat(LevelRange.parse("L3-1")).isNull();
        assertThat(LevelRange.parse("procurement gate")).isNull();
        assertThat(List.of(new LevelRange(3, 5), new LevelRange(1, 2)).stream().map(LevelRange::toString))
                .containsExactly("L3+", "L1-2");
    }
}
