package io.camwarden.checks.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.checks.CheckEngine;
import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnits;
import io.camwarden.checks.RuleSetParser;
import io.camwarden.checks.RuleSetService;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.Device;
import io.camwarden.domain.Language;
import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.Check;
import io.camwarden.domain.check.CheckResult;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.domain.check.NotificationWindows;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.check.Severity;
import io.camwarden.domain.check.SeverityRule;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GOV-04's windows: critical 24 h, high 72 h, medium and low 7 days, to send and then to acknowledge; and its
 * severity, High when a critical finding was not notified in time (the catalogue's escalation), Medium otherwise.
 */
class NotificationCheckTest {

    private static final Instant OPENED = Instant.parse("2026-11-01T08:00:00Z");
    private final NotificationCheck unit = new NotificationCheck();

    @Test
    void aCriticalFindingSentWithin24HoursButNeverAcknowledgedFailsAfterTheWindow() {
        Finding f = finding(1, "AUTH-01", Severity.CRITICAL, FindingStatus.OPEN);
        FindingNotice n = notice(10, f, OPENED.plus(Duration.ofHours(2)), null);
        assertThat(decide(OPENED.plus(Duration.ofHours(20)), List.of(f), List.of(n)).outcome()).isEqualTo(Outcome.PASS);
        Decision late = decide(OPENED.plus(Duration.ofHours(27)), List.of(f), List.of(n));
        assertThat(late.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(late.evidence().summary()).contains("finding 1 AUTH-01 (CRITICAL, opened 2026-11-01T08:00:00Z, SLA 24 h)"
                + " sent at 2026-11-01T10:00:00Z (notice 10) but not acknowledged by 2026-11-02T10:00:00Z");
    }

    @Test
    void aNoticeSentAfterTheWindowFailsEvenWhenAcknowledged() {
        Finding f = finding(2, "INV-06", Severity.HIGH, FindingStatus.OPEN);
        Instant sent = OPENED.plus(Duration.ofHours(80));
        FindingNotice n = notice(11, f, sent, sent.plus(Duration.ofHours(1)));
        Decision d = decide(sent.plus(Duration.ofHours(2)), List.of(f), List.of(n));
        assertThat(d.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(d.evidence().summary()).contains("SLA 72 h) notified only at 2026-11-04T16:00:00Z, due by"
                + " 2026-11-04T08:00:00Z");
    }

    @Test
    void inTimeIsAPassAndOnlyOpenFindingsCount() {
        Finding open = finding(3, "INV-03", Severity.MEDIUM, FindingStatus.OPEN);
        Finding closed = finding(4, "INV-04", Severity.CRITICAL, FindingStatus.CLOSED);
        Finding accepted = finding(5, "INV-05", Severity.CRITICAL, FindingStatus.ACCEPTED_RISK);
        FindingNotice n = notice(12, open, OPENED.plus(Duration.ofDays(6)), OPENED.plus(Duration.ofDays(12)));
        Decision d = decide(OPENED.plus(Duration.ofDays(30)), List.of(open, closed, accepted), List.of(n));
        assertThat(d.outcome()).as(d.evidence().summary()).isEqualTo(Outcome.PASS);

        Decision none = decide(OPENED.plus(Duration.ofDays(30)), List.of(closed, accepted), List.of());
        assertThat(none.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void theLatestOpeningCountsAndAFindingThisRunClosesNeedsNoNotice() {
        Finding f = finding(6, "CFG-01", Severity.LOW, FindingStatus.OPEN);
        Instant reopened = OPENED.plus(Duration.ofDays(40));
        FindingNotice old = notice(13, f, OPENED.plus(Duration.ofHours(1)), OPENED.plus(Duration.ofHours(2)));
        FindingNotice unsent = new FindingNotice(14L, f.id(), 7, f.checkId(), f.severity(), reopened, recipient(),
                FindingNotice.Channel.EMAIL, Language.EN, FindingNotice.Status.FAILED, "the mail server refused it", 5,
                reopened, null, null, null);
        Instant now = reopened.plus(Duration.ofDays(8));
        Decision d = decide(now, List.of(f), List.of(old, unsent));
        assertThat(d.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(d.evidence().summary()).contains("notice 14 to Ward office FAILED: the mail server refused it");

        CheckSubject fixedNow = CheckSubject.registryOnly(facts(now, List.of(f), List.of(old, unsent)))
                .withDecided(Map.of("CFG-01", Outcome.PASS));
        assertThat(unit.decide(fixedNow).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aLateNoticeAboutACriticalFindingWeighsHighAsTheCatalogueSaysOtherwiseMedium() {
        Finding critical = finding(20, "AUTH-01", Severity.CRITICAL, FindingStatus.OPEN);
        Finding medium = finding(21, "INV-03", Severity.MEDIUM, FindingStatus.OPEN);
        Instant now = OPENED.plus(Duration.ofDays(8)); // both windows passed, nothing was sent
        Check gov04 = shipped("GOV-04");
        CheckEngine engine = new CheckEngine(new CheckUnits(List.of(unit)));
        Catalogue catalogue = new Catalogue(1, List.of(gov04));

        CheckResult both = engine.run(catalogue, CheckSubject.registryOnly(facts(now, List.of(critical, medium),
                List.of())), now).get(0);
        assertThat(both.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(both.severity()).as("a critical finding was not notified").isEqualTo(Severity.HIGH);
        assertThat(both.evidence().summary()).contains("2 of 2 open findings were not notified or acknowledged in"
                + " time (1 of them critical)");
        assertThat(both.evidence().facts()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("check.severity.escalation");
            assertThat(String.valueOf(f.value())).isEqualTo("High for Critical findings: the condition holds, High"
                    + " applies");
            assertThat(f.source()).isEqualTo("rule set v1 GOV-04");
        });

        CheckResult onlyMedium = engine.run(catalogue, CheckSubject.registryOnly(facts(now, List.of(medium),
                List.of())), now).get(0);
        assertThat(onlyMedium.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(onlyMedium.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(onlyMedium.evidence().facts()).noneMatch(f -> f.name().equals("check.severity.escalation"));

        // a critical finding notified in time leaves a late medium one at Medium
        FindingNotice inTime = notice(22, critical, OPENED.plus(Duration.ofHours(1)), OPENED.plus(Duration.ofHours(3)));
        CheckResult criticalInTime = engine.run(catalogue, CheckSubject.registryOnly(facts(now,
                List.of(critical, medium), List.of(inTime))), now).get(0);
        assertThat(criticalInTime.severity()).as(criticalInTime.evidence().summary()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aRuleSetWithoutTheEscalationKeepsItsSeverityAndSaysSo() {
        Check plain = withSeverity(shipped("GOV-04"), "Medium");
        Finding critical = finding(30, "AUTH-01", Severity.CRITICAL, FindingStatus.OPEN);
        Instant now = OPENED.plus(Duration.ofDays(2));
        CheckResult r = new CheckEngine(new CheckUnits(List.of(unit))).run(new Catalogue(2, List.of(plain)),
                CheckSubject.registryOnly(facts(now, List.of(critical), List.of())), now).get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(r.evidence().facts()).anySatisfy(f -> assertThat(String.valueOf(f.value()))
                .isEqualTo("the escalation condition holds, but this rule set gives no escalation for it: Medium"
                        + " applies"));
    }

    @Test
    void theRuleSetsWindowsDecideAndTheEvidenceNamesThem() {
        Finding f = finding(40, "INV-03", Severity.MEDIUM, FindingStatus.OPEN);
        Instant now = OPENED.plus(Duration.ofHours(3));
        assertThat(decide(now, List.of(f), List.of()).outcome()).as("7 days by default").isEqualTo(Outcome.PASS);
        NotificationWindows twoHours = NotificationWindows.parse("Medium 2 h");
        Decision d = unit.decide(CheckSubject.registryOnly(new DeviceFacts(device(), null, null, null, null, List.of(),
                LocalDate.parse("2026-12-01")).withFindings(List.of(f), new DeviceFacts.Notifications(now, List.of(),
                twoHours))));
        assertThat(d.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(d.evidence().summary()).contains("(MEDIUM, opened 2026-11-01T08:00:00Z, SLA 2 h) not notified by"
                + " 2026-11-01T10:00:00Z");
        assertThat(d.evidence().facts()).anySatisfy(x -> {
            assertThat(x.name()).isEqualTo("notification_windows");
            assertThat(x.value()).isEqualTo("Critical 24 h; High 72 h; Medium 2 h; Low 7 days");
            assertThat(x.source()).isEqualTo("the rule set's notification_windows; CamWarden's defaults for Critical,"
                    + " High, Low");
        });
    }

    @Test
    void itDecidesOnlyTheEscalationAboutCriticalFindings() {
        assertThat(unit.decidesEscalation(new SeverityRule.Escalation(Severity.HIGH, "for Critical findings"))).isTrue();
        assertThat(unit.decidesEscalation(new SeverityRule.Escalation(Severity.HIGH, "for a critical finding"))).isTrue();
        assertThat(unit.decidesEscalation(new SeverityRule.Escalation(Severity.HIGH, "for street-level cameras")))
                .isFalse();
    }

    @Test
    void withoutTheLogItIsNotTested() {
        Device d = device();
        DeviceFacts f = new DeviceFacts(d, null, null, null, null, List.of(), LocalDate.parse("2026-12-01"));
        assertThat(unit.decide(CheckSubject.registryOnly(f)).outcome()).isEqualTo(Outcome.NOT_TESTED);
    }

    private static Check shipped(String id) {
        return RuleSetParser.parse(new StringReader(new String(RuleSetService.shippedFile(), StandardCharsets.UTF_8)), 1)
                .find(id).orElseThrow();
    }

    private static Check withSeverity(Check c, String severity) {
        return new Check(c.id(), c.domain(), c.title(), c.observation(), c.passCriterion(), SeverityRule.parse(severity),
                c.minLevel(), c.mappings(), c.source());
    }

    private Decision decide(Instant now, List<Finding> findings, List<FindingNotice> log) {
        return unit.decide(CheckSubject.registryOnly(facts(now, findings, log)));
    }

    private static DeviceFacts facts(Instant now, List<Finding> findings, List<FindingNotice> log) {
        return new DeviceFacts(device(), null, null, null, null, List.of(), LocalDate.parse("2026-12-01"))
                .withFindings(findings, new DeviceFacts.Notifications(now, log));
    }

    private static Device device() {
        return new Device(7L, null, "Axis", "M1", "1.0", null, "S1", null, List.of(), List.of(), 1L, null, null,
                null, null, null, null, null, null, List.of(), null, null, null, 1);
    }

    private static Finding finding(long id, String check, Severity s, FindingStatus status) {
        return new Finding(id, 7, check, "title", status, s, OPENED, OPENED, null, 0, Outcome.FAIL, null, null, 1,
                null, OPENED);
    }

    private static FindingNotice.Recipient recipient() {
        return new FindingNotice.Recipient(FindingNotice.Role.OWNER, 1, "Ward office", "Desk", "it@ward.test");
    }

    private static FindingNotice notice(long id, Finding f, Instant sent, Instant acked) {
        return new FindingNotice(id, f.id(), 7, f.checkId(), f.severity(), OPENED, recipient(),
                FindingNotice.Channel.EMAIL, Language.VI, FindingNotice.Status.SENT, null, 1, OPENED, sent, acked,
                acked == null ? null : "owner1");
    }
}
