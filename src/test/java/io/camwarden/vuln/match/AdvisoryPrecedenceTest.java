package io.camwarden.vuln.match;

import static io.camwarden.domain.vuln.MatchResult.AFFECTED;
import static io.camwarden.domain.vuln.MatchResult.NOT_AFFECTED;
import static io.camwarden.domain.vuln.MatchResult.UNKNOWN;
import static io.camwarden.vuln.match.Identities.device;
import static io.camwarden.vuln.match.Records.and;
import static io.camwarden.vuln.match.Records.before;
import static io.camwarden.vuln.match.Records.cve;
import static io.camwarden.vuln.match.Records.fw;
import static io.camwarden.vuln.match.Records.hw;
import static io.camwarden.vuln.match.Records.or;
import static io.camwarden.vuln.match.Records.platform;
import static io.camwarden.vuln.match.Records.vulnerable;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.vuln.ProductKey;
import io.camwarden.domain.vuln.VendorAdvisory;
import io.camwarden.domain.vuln.Vulnerability;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Vendor advisories decide where NVD cannot, and never silently overrule a firm NVD answer. */
class AdvisoryPrecedenceTest {

    private static final CpeVulnerabilityMatcher MATCHER = CpeVulnerabilityMatcher.bundled();

    /** NVD: firmware "-" on the hardware: UNKNOWN for every DS-2CD2032-I. */
    private static final Vulnerability DASH = cve("CVE-2099-1000", and(
            or(vulnerable(fw("hikvision", "ds-2cd2032-i_firmware", "-"))), or(platform(hw("hikvision", "ds-2cd2032-i")))));
    /** NVD: firmware below 5.4.5 is affected. */
    private static final Vulnerability RANGE = cve("CVE-2099-1001", and(
            or(before(fw("hikvision", "ds-2cd2032-i_firmware", "*"), "5.4.5")), or(platform(hw("hikvision", "ds-2cd2032-i")))));
    /** NVD has not analysed it: no configuration at all. */
    private static final Vulnerability UNANALYSED = cve("CVE-2099-1002");

    private static VendorAdvisory advisory(String id, String pattern, String from, String fixed, String... cves) {
        return new VendorAdvisory(id, "Hangzhou Hikvision Digital Technology Co., Ltd.", pattern, List.of(cves), from,
                fixed, "https://www.hikvision.com/en/support/cybersecurity/", LocalDate.of(2021, 9, 18));
    }

    private static Optional<VulnerabilityMatch> match(Identity d, Vulnerability v, VendorAdvisory... a) {
        return MATCHER.match(d, v, List.of(a));
    }

    @Test
    void anAdvisoryTurnsNvdsUnknownIntoAFirmAnswer() {
        VendorAdvisory hsrc = advisory("HSRC-202109-01", "DS-2CD2*", "5.2.0", "5.5.800", "CVE-2099-1000");
        VulnerabilityMatch affected = match(device("Hikvision", "DS-2CD2032-I", "V5.4.0 build 160530"), DASH, hsrc)
                .orElseThrow();
        assertThat(affected.result()).isEqualTo(AFFECTED);
        assertThat(affected.summary()).contains("advisory HSRC-202109-01 covers model DS-2CD2032-I")
                .contains("NVD alone could not decide");
        assertThat(affected.steps()).anySatisfy(s -> {
            assertThat(s.where()).startsWith("advisory HSRC-202109-01");
            assertThat(s.identityField()).isEqualTo("firmware");
            assertThat(s.outcome()).isEqualTo(AFFECTED);
        });
        assertThat(match(device("Hikvision", "DS-2CD2032-I", "V5.5.800 build 210628"), DASH, hsrc).orElseThrow()
                .result()).isEqualTo(NOT_AFFECTED);
        assertThat(match(device("Hikvision", "DS-2CD2032-I", "V5.1.0"), DASH, hsrc).orElseThrow().result())
                .isEqualTo(NOT_AFFECTED);
        // without the firmware the advisory cannot decide either
        VulnerabilityMatch noFirmware = match(device("Hikvision", "DS-2CD2032-I", null), DASH, hsrc).orElseThrow();
        assertThat(noFirmware.result()).isEqualTo(UNKNOWN);
        assertThat(noFirmware.summary()).contains("no firmware version");
    }

    @Test
    void anAdvisoryCoversACveNvdHasNotAnalysed() {
        VendorAdvisory hsrc = advisory("HSRC-202109-01", "DS-2CD2*", null, "5.5.800", "CVE-2099-1002");
        assertThat(match(device("Hikvision", "DS-2CD2032-I", "V5.4.0"), UNANALYSED, hsrc).orElseThrow().result())
                .isEqualTo(AFFECTED);
        // a model outside its pattern is not covered, and NVD says nothing: not about this device
        assertThat(match(device("Hikvision", "DS-7608NI-E1/8P", "V3.3.4"), UNANALYSED, hsrc)).isEmpty();
        assertThat(match(device("Hikvision", "DS-2CD2032-I", "V5.4.0"), UNANALYSED)).isEmpty();
        // a device without a model may or may not be covered
        assertThat(match(device("Hikvision", null, "V5.4.0"), UNANALYSED, hsrc).orElseThrow().result()).isEqualTo(UNKNOWN);
    }

    @Test
    void aFirmNvdAnswerStandsAndTheDisagreementIsSaid() {
        VendorAdvisory saysFixed = advisory("HSRC-X", "DS-2CD2032-I", null, "5.3.0", "CVE-2099-1001");
        VulnerabilityMatch m = match(device("Hikvision", "DS-2CD2032-I", "5.4.0"), RANGE, saysFixed).orElseThrow();
        assertThat(m.result()).isEqualTo(AFFECTED);
        assertThat(m.summary()).contains("The vendor advisory disagrees").contains("NVD's answer stands");
        VendorAdvisory saysAffected = advisory("HSRC-Y", "DS-2CD2032-I", null, "6.0.0", "CVE-2099-1001");
        VulnerabilityMatch n = match(device("Hikvision", "DS-2CD2032-I", "5.5.0"), RANGE, saysAffected).orElseThrow();
        assertThat(n.result()).isEqualTo(NOT_AFFECTED);
        assertThat(n.summary()).contains("disagrees");
        // agreeing advisories add their step but no remark
        VendorAdvisory agrees = advisory("HSRC-Z", "DS-2CD2032-I", null, "5.4.5", "CVE-2099-1001");
        VulnerabilityMatch o = match(device("Hikvision", "DS-2CD2032-I", "5.4.0"), RANGE, agrees).orElseThrow();
        assertThat(o.summary()).doesNotContain("disagrees");
        assertThat(o.steps()).hasSize(3);
    }

    @Test
    void advisoriesThatDisagreeDecideNothing() {
        VendorAdvisory one = advisory("A-1", "DS-2CD2*", null, "5.3.0", "CVE-2099-1000");
        VendorAdvisory two = advisory("A-2", "DS-2CD20??-I", null, "6.0.0", "CVE-2099-1000");
        VulnerabilityMatch m = match(device("Hikvision", "DS-2CD2032-I", "5.4.0"), DASH, one, two).orElseThrow();
        assertThat(m.result()).isEqualTo(UNKNOWN);
        assertThat(m.summary()).contains("disagree");
    }

    @Test
    void anAdvisoryOfOneCveSaysNothingOfAnother() {
        VendorAdvisory other = advisory("A-3", "DS-2CD2*", null, "6.0.0", "CVE-2099-9999");
        assertThat(match(device("Hikvision", "DS-2CD2032-I", "5.4.0"), DASH, other).orElseThrow().result())
                .isEqualTo(UNKNOWN);
    }

    @Test
    void theIndexFindsCvesOnlyAnAdvisoryNames() {
        VendorAdvisory hsrc = advisory("HSRC-202109-01", "DS-2CD2*", null, "5.5.800", "CVE-2021-36260");
        VulnerabilityIndex index = VulnerabilityIndex.build(List.of(RANGE), List.of(hsrc));
        List<VulnerabilityMatch> matches = index.match(device("Hikvision", "DS-2CD2032-I", "5.4.0"));
        assertThat(matches).extracting(VulnerabilityMatch::cve).containsExactly("CVE-2021-36260", "CVE-2099-1001");
        assertThat(matches.getFirst().result()).isEqualTo(AFFECTED);
        assertThat(index.match(device("Dahua", "IPC-HDW1230S", "2.800"))).isEmpty();
    }

    @Test
    void keysOfAnAdvisory() {
        assertThat(MATCHER.keysOf(advisory("A", "DS-2CD2*", null, null, "CVE-2021-36260")))
                .containsExactly(new ProductKey("hikvision", "ds2cd2*"));
        assertThat(MATCHER.keysOf(advisory("A", "*", null, null, "CVE-2021-36260")))
                .containsExactly(new ProductKey("hikvision", "*"));
        assertThat(MATCHER.keysOf(advisory("A", "DS-2CD2032-I", null, null, "CVE-2021-36260")))
                .containsExactly(new ProductKey("hikvision", "ds2cd2032i"));
        assertThat(MATCHER.keysOf(new VendorAdvisory("A", "IPCAM", "X", List.of("CVE-2021-36260"), null, null, null,
                null))).isEmpty();
    }
}
