package io.camwarden.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.check.FindingLifecycle.Change;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The life cycle of one (device, check) finding, result by result. */
class FindingLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private long nextResult = 1;

    private CheckResult result(Outcome o, Severity s, int version, Instant at) {
        return new CheckResult(nextResult++, 7L, 42, "INV-03", version, o, s, Evidence.of(o + " at " + at), null, null, at);
    }

    private static Instant day(int d) {
        return Instant.parse("2026-08-01T10:00:00Z").plusSeconds(86_400L * d);
    }

    @Test
    void openStillOpenClosedReopened() {
        FindingLifecycle.Step s1 = FindingLifecycle.apply(null, result(Outcome.FAIL, Severity.MEDIUM, 1, day(0)), "CO/CQ", TODAY);
        assertThat(s1.change()).isEqualTo(Change.OPENED);
        Finding f = s1.finding();
        assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(f.firstSeen()).isEqualTo(day(0));
        assertThat(f.lastSeen()).isEqualTo(day(0));
        assertThat(f.reopenedCount()).isZero();

        FindingLifecycle.Step s2 = FindingLifecycle.apply(f, result(Outcome.FAIL, Severity.CRITICAL, 2, day(1)), "CO/CQ", TODAY);
        assertThat(s2.change()).isEqualTo(Change.STILL_OPEN);
        f = s2.finding();
        assertThat(f.firstSeen()).isEqualTo(day(0));
        assertThat(f.lastSeen()).isEqualTo(day(1));
        assertThat(f.severity()).as("the latest rule set's severity").isEqualTo(Severity.CRITICAL);
        assertThat(f.ruleSetVersion()).isEqualTo(2);

        FindingLifecycle.Step nt = FindingLifecycle.apply(f, result(Outcome.NOT_TESTED, Severity.CRITICAL, 2, day(2)), "CO/CQ", TODAY);
        assertThat(nt.change()).isEqualTo(Change.NONE);
        assertThat(nt.finding()).isSameAs(f);

        FindingLifecycle.Step s3 = FindingLifecycle.apply(f, result(Outcome.PASS, Severity.CRITICAL, 2, day(3)), "CO/CQ", TODAY);
        assertThat(s3.change()).isEqualTo(Change.CLOSED);
        f = s3.finding();
        assertThat(f.status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(f.closedAt()).isEqualTo(day(3));
        assertThat(f.lastSeen()).as("last seen is the last failure").isEqualTo(day(1));
        assertThat(f.latestOutcome()).isEqualTo(Outcome.PASS);

        FindingLifecycle.Step again = FindingLifecycle.apply(f, result(Outcome.PASS, Severity.CRITICAL, 2, day(4)), "CO/CQ", TODAY);
        assertThat(again.change()).isEqualTo(Change.STILL_CLOSED);
        assertThat(again.finding().closedAt()).isEqualTo(day(3));

        FindingLifecycle.Step s4 = FindingLifecycle.apply(again.finding(), result(Outcome.FAIL, Severity.MEDIUM, 2, day(5)), "CO/CQ", TODAY);
        assertThat(s4.change()).isEqualTo(Change.REOPENED);
        assertThat(s4.finding().status()).isEqualTo(FindingStatus.OPEN);
        assertThat(s4.finding().reopenedCount()).isEqualTo(1);
        assertThat(s4.finding().closedAt()).isNull();
        assertThat(s4.finding().firstSeen()).isEqualTo(day(0));
        assertThat(s4.finding().lastSeen()).isEqualTo(day(5));
    }

    @Test
    void aPassWithoutFindingStoresNothing() {
        FindingLifecycle.Step s = FindingLifecycle.apply(null, result(Outcome.PASS, Severity.LOW, 1, day(0)), "t", TODAY);
        assertThat(s.change()).isEqualTo(Change.NONE);
        assertThat(s.finding()).isNull();
        assertThat(FindingLifecycle.apply(null, result(Outcome.NOT_APPLICABLE, Severity.LOW, 1, day(0)), "t", TODAY)
                .change()).isEqualTo(Change.NONE);
    }

    @Test
    void acceptedRiskHoldsUntilItsDateThenOpens() {
        Finding open = FindingLifecycle.apply(null, result(Outcome.FAIL, Severity.HIGH, 1, day(0)), "t", TODAY).finding();
        Finding accepted = new Finding(5L, open.deviceId(), open.checkId(), "t", FindingStatus.ACCEPTED_RISK,
                open.severity(), open.firstSeen(), open.lastSeen(), null, 0, Outcome.FAIL, 1L, open.evidence(), 1,
                new Finding.RiskAcceptance("replacement ordered", TODAY, "owner", day(0)), day(0));

        FindingLifecycle.Step held = FindingLifecycle.apply(accepted, result(Outcome.FAIL, Severity.HIGH, 1, day(1)), "t", TODAY);
        assertThat(held.change()).isEqualTo(Change.STILL_ACCEPTED);
        assertThat(held.finding().status()).isEqualTo(FindingStatus.ACCEPTED_RISK);
        assertThat(held.finding().lastSeen()).isEqualTo(day(1));

        FindingLifecycle.Step expired = FindingLifecycle.apply(accepted, result(Outcome.FAIL, Severity.HIGH, 1, day(2)),
                "t", TODAY.plusDays(1));
        assertThat(expired.change()).isEqualTo(Change.ACCEPTANCE_EXPIRED);
        assertThat(expired.finding().status()).isEqualTo(FindingStatus.OPEN);
        assertThat(expired.finding().riskAcceptance()).isNull();

        FindingLifecycle.Step fixed = FindingLifecycle.apply(accepted, result(Outcome.PASS, Severity.HIGH, 1, day(2)), "t", TODAY);
        assertThat(fixed.change()).isEqualTo(Change.CLOSED);
        assertThat(fixed.finding().riskAcceptance()).isNull();
    }
}
