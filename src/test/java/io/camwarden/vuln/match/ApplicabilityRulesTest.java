package io.camwarden.vuln.match;

import static io.camwarden.domain.vuln.MatchResult.AFFECTED;
import static io.camwarden.domain.vuln.MatchResult.NOT_AFFECTED;
import static io.camwarden.domain.vuln.MatchResult.UNKNOWN;
import static io.camwarden.vuln.match.Identities.device;
import static io.camwarden.vuln.match.Records.and;
import static io.camwarden.vuln.match.Records.allOf;
import static io.camwarden.vuln.match.Records.before;
import static io.camwarden.vuln.match.Records.between;
import static io.camwarden.vuln.match.Records.cve;
import static io.camwarden.vuln.match.Records.fw;
import static io.camwarden.vuln.match.Records.hw;
import static io.camwarden.vuln.match.Records.not;
import static io.camwarden.vuln.match.Records.or;
import static io.camwarden.vuln.match.Records.platform;
import static io.camwarden.vuln.match.Records.single;
import static io.camwarden.vuln.match.Records.vulnerable;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.vuln.CpeMatch;
import io.camwarden.domain.vuln.MatchResult;
import io.camwarden.domain.vuln.ProductKey;
import io.camwarden.domain.vuln.Vulnerability;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The NVD applicability rules one at a time, on hand-made records. */
class ApplicabilityRulesTest {

    private static final CpeVulnerabilityMatcher MATCHER = CpeVulnerabilityMatcher.bundled();
    private static final Identity CAMERA = device("Hikvision", "DS-2CD2032-I", "V5.4.0 build 160530");

    private static Optional<VulnerabilityMatch> match(Identity identity, Vulnerability v) {
        return MATCHER.match(identity, v, List.of());
    }

    private static MatchResult result(Identity identity, Vulnerability v) {
        return match(identity, v).orElseThrow(() -> new AssertionError("not relevant")).result();
    }

    @Test
    void firmwareOnHardware() {
        Vulnerability v = cve("CVE-2099-0001", and(or(before(fw("hikvision", "ds-2cd2032-i_firmware", "*"), "5.4.5")),
                or(platform(hw("hikvision", "ds-2cd2032-i")))));
        assertThat(result(CAMERA, v)).isEqualTo(AFFECTED);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "5.4.5"), v)).isEqualTo(NOT_AFFECTED);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", null), v)).isEqualTo(UNKNOWN);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "beta"), v)).isEqualTo(UNKNOWN);
        assertThat(match(device("Hikvision", "DS-2CD2132-I", "5.4.0"), v)).isEmpty();
    }

    @Test
    void rangesIncludeAndExcludeTheirEnds() {
        Vulnerability v = cve("CVE-2099-0002", single(or(between(fw("hikvision", "ds-2cd2032-i_firmware", "*"),
                "5.2.0", "5.4.0"))));
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "5.2.0"), v)).isEqualTo(AFFECTED);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "5.4.0"), v)).isEqualTo(AFFECTED);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "5.1.9"), v)).isEqualTo(NOT_AFFECTED);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "5.4.1"), v)).isEqualTo(NOT_AFFECTED);
        Vulnerability excluding = cve("CVE-2099-0003", single(or(new CpeMatch(true,
                fw("hikvision", "ds-2cd2032-i_firmware", "*"), null, "5.2.0", null, null, null))));
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "5.2.0"), excluding)).isEqualTo(NOT_AFFECTED);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "5.2.1"), excluding)).isEqualTo(AFFECTED);
    }

    @Test
    void anyVersionNeedsNoFirmwareButNaNeverDecides() {
        Vulnerability any = cve("CVE-2099-0004", single(or(vulnerable(fw("hikvision", "ds-2cd2032-i_firmware", "*")))));
        assertThat(result(device("Hikvision", "DS-2CD2032-I", null), any)).isEqualTo(AFFECTED);
        Vulnerability na = cve("CVE-2099-0005", single(or(vulnerable(fw("hikvision", "ds-2cd2032-i_firmware", "-")))));
        assertThat(result(CAMERA, na)).isEqualTo(UNKNOWN);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", null), na)).isEqualTo(UNKNOWN);
        Vulnerability exact = cve("CVE-2099-0006", single(or(vulnerable(fw("hikvision", "ds-2cd2032-i_firmware", "5.4.0")))));
        assertThat(result(CAMERA, exact)).isEqualTo(AFFECTED); // the build does not count: the CPE has none
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "5.4.1"), exact)).isEqualTo(NOT_AFFECTED);
    }

    @Test
    void aVulnerableHardwareAloneIsEveryFirmware() {
        Vulnerability v = cve("CVE-2099-0007", single(or(vulnerable(hw("hikvision", "ds-2cd2032-i")))));
        assertThat(result(device("Hikvision", "DS-2CD2032-I", null), v)).isEqualTo(AFFECTED);
    }

    @Test
    void aPlatformAloneIsNeverTheVulnerability() {
        // an old feed's OR of the vulnerable firmware and its (non-vulnerable) hardware platform
        Vulnerability v = cve("CVE-2099-0008", single(or(before(fw("hikvision", "ds-2cd2032-i_firmware", "*"), "5.0"),
                platform(hw("hikvision", "ds-2cd2032-i")))));
        assertThat(result(CAMERA, v)).isEqualTo(NOT_AFFECTED);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "4.9"), v)).isEqualTo(AFFECTED);
    }

    @Test
    void threeValuedLogic() {
        String known = fw("hikvision", "ds-2cd2032-i_firmware", "*");
        String dash = fw("hikvision", "ds-2cd2032-i_firmware", "-");
        // OR: a TRUE wins over UNKNOWN
        assertThat(result(CAMERA, cve("CVE-2099-0010", single(or(vulnerable(dash), before(known, "6.0"))))))
                .isEqualTo(AFFECTED);
        // AND: a FALSE wins over UNKNOWN
        assertThat(result(CAMERA, cve("CVE-2099-0011", single(allOf(vulnerable(dash), before(known, "5.0"))))))
                .isEqualTo(NOT_AFFECTED);
        // AND of TRUE and UNKNOWN is UNKNOWN
        assertThat(result(CAMERA, cve("CVE-2099-0012", single(allOf(vulnerable(dash), before(known, "6.0"))))))
                .isEqualTo(UNKNOWN);
        // negate: NOT TRUE is FALSE, NOT UNKNOWN stays UNKNOWN
        Vulnerability negated = cve("CVE-2099-0013", and(or(vulnerable(hw("hikvision", "ds-2cd2032-i"))),
                not(or(before(known, "5.0")))));
        assertThat(result(CAMERA, negated)).isEqualTo(AFFECTED); // 5.4.0 is not below 5.0
        assertThat(result(device("Hikvision", "DS-2CD2032-I", "4.0"), negated)).isEqualTo(NOT_AFFECTED);
        assertThat(result(device("Hikvision", "DS-2CD2032-I", null), negated)).isEqualTo(UNKNOWN);
    }

    @Test
    void anyConfigurationThatAppliesDecides() {
        Vulnerability v = cve("CVE-2099-0020",
                single(or(vulnerable(fw("hikvision", "ds-2cd2032-i_firmware", "-")))),
                single(or(before(fw("hikvision", "ds-2cd2032-i_firmware", "*"), "6.0"))));
        VulnerabilityMatch m = match(CAMERA, v).orElseThrow();
        assertThat(m.result()).isEqualTo(AFFECTED);
        assertThat(m.summary()).contains("NVD configuration 2");
        assertThat(m.steps()).allSatisfy(s -> assertThat(s.where()).startsWith("configuration 2"));
    }

    @Test
    void escapedCharactersInCriteria() {
        Vulnerability v = cve("CVE-2099-0030", single(or(vulnerable("cpe:2.3:h:hikvision:ds-7608ni-e1\\/8p:-:*:*:*:*:*:*:*"))));
        assertThat(result(device("Hikvision", "DS-7608NI-E1/8P", null), v)).isEqualTo(AFFECTED);
        assertThat(MATCHER.keysOf(v)).containsExactly(new ProductKey("hikvision", "ds7608nie1/8p"));
    }

    @Test
    void attributesAnIdentityCannotTellAreUnknown() {
        Vulnerability update = cve("CVE-2099-0031", single(or(vulnerable(
                "cpe:2.3:o:hikvision:ds-2cd2032-i_firmware:5.4.0:sp1:*:*:*:*:*:*"))));
        assertThat(result(CAMERA, update)).isEqualTo(UNKNOWN);
        assertThat(match(CAMERA, update).orElseThrow().summary()).contains("update sp1");
        Vulnerability target = cve("CVE-2099-0032", single(or(vulnerable(
                "cpe:2.3:a:hikvision:ds-2cd2032-i:*:*:*:*:*:android:*:*"))));
        assertThat(result(CAMERA, target)).isEqualTo(UNKNOWN);
    }

    @Test
    void hardwareVersionsAreComparedWithTheIdentitysHardware() {
        Vulnerability v = cve("CVE-2099-0040", and(or(before(fw("foscam", "fi9821w_firmware", "*"), "2.11.1.120")),
                or(platform("cpe:2.3:h:foscam:fi9821w:2:*:*:*:*:*:*:*"))));
        assertThat(result(device("Foscam", "FI9821W", "2.11.1.100", "V2"), v)).isEqualTo(AFFECTED);
        assertThat(result(device("Foscam", "FI9821W", "2.11.1.100", "1"), v)).isEqualTo(NOT_AFFECTED);
        assertThat(result(device("Foscam", "FI9821W", "2.11.1.100"), v)).isEqualTo(UNKNOWN);
    }

    @Test
    void aComponentOfAnotherVendorOnTheDevicesHardwareIsUnknown() {
        // a library the camera may or may not run: the identity cannot tell
        Vulnerability v = cve("CVE-2099-0050", and(or(before("cpe:2.3:a:genivia:gsoap:*:*:*:*:*:*:*:*", "2.8.48")),
                or(platform(hw("sricam", "sp009")))));
        VulnerabilityMatch m = match(device("Sricam", "SP009", "1.0"), v).orElseThrow();
        assertThat(m.result()).isEqualTo(UNKNOWN);
        assertThat(m.summary()).contains("cannot tell whether the device runs genivia gsoap");
        assertThat(match(device("Sricam", "SP017", "1.0"), v)).isEmpty();
    }

    @Test
    void firmwareOfAnotherNameThanTheModelOnNamedHardware() {
        Vulnerability v = cve("CVE-2099-0060", and(or(before(fw("foscam", "ip_camera_firmware", "*"), "2.0")),
                or(platform(hw("foscam", "fi9821w")), platform(hw("foscam", "fi9831p")))));
        assertThat(result(device("Foscam", "FI9831P", "1.5"), v)).isEqualTo(AFFECTED);
        assertThat(result(device("Foscam", "FI9831P", "2.1"), v)).isEqualTo(NOT_AFFECTED);
        assertThat(match(device("Foscam", "FI8910W", "1.5"), v)).isEmpty();
        // found through the hardware only: the firmware line names no model and adds no key
        assertThat(MATCHER.keysOf(v)).containsExactlyInAnyOrder(new ProductKey("foscam", "fi9821w"),
                new ProductKey("foscam", "fi9831p"));
    }

    @Test
    void aGenericProductAloneMayBeAnyModel() {
        Vulnerability v = cve("CVE-2099-0061", single(or(vulnerable(fw("foscam", "ip_camera_firmware", "11.37.2.49")))));
        assertThat(result(device("Foscam", "FI9821W", "11.37.2.49"), v)).isEqualTo(UNKNOWN);
        assertThat(result(device("Foscam", "FI9821W", "2.11.1.118"), v)).isEqualTo(NOT_AFFECTED);
        assertThat(MATCHER.keysOf(v)).containsExactlyInAnyOrder(new ProductKey("foscam", "ipcamera"),
                new ProductKey("foscam", ProductKey.ANY_PRODUCT));
    }

    @Test
    void familiesAreFiledUnderTheirLiteralStart() {
        Vulnerability v = cve("CVE-2099-0062", and(
                or(before(fw("dahuasecurity", "ipc-hx3xxx_firmware", "*"), "2.800.0000000.29.r.210630")),
                or(platform(hw("dahuasecurity", "ipc-hx3xxx")))));
        // and under its literal spelling, for a device that reports the family name itself
        assertThat(MATCHER.keysOf(v)).containsExactlyInAnyOrder(new ProductKey("dahuasecurity", "ipch*"),
                new ProductKey("dahuasecurity", "ipchx3xxx"));
        assertThat(MATCHER.keysOf(device("Dahua", "IPC-HDW3541T", null))).contains(new ProductKey("dahuasecurity", "ipch*"))
                .doesNotContain(new ProductKey("dahuasecurity", "ipcx*"));
    }

    @Test
    void keysOfAnIdentity() {
        assertThat(MATCHER.keysOf(device("Dahua", "IPC-HDW1230S", "2.800"))).contains(
                new ProductKey("dahuasecurity", "ipchdw1230s"), new ProductKey("dahua", "ipchdw1230s"),
                new ProductKey("dahuasecurity", "dhipchdw1230s"), new ProductKey("dahuasecurity", ProductKey.ANY_PRODUCT));
        assertThat(MATCHER.keysOf(device("Dahua", null, null))).containsExactlyInAnyOrder(
                new ProductKey("dahuasecurity", null), new ProductKey("dahua", null));
        assertThat(MATCHER.keysOf(device(null, "IPC-HDW1230S", null))).isEmpty();
    }

    @Test
    void unreadableCriteriaNeverMatch() {
        Vulnerability v = cve("CVE-2099-0070", single(or(vulnerable("not a cpe"), vulnerable(hw("hikvision", "ds-2cd2032-i")))));
        assertThat(result(CAMERA, v)).isEqualTo(AFFECTED);
        assertThat(match(CAMERA, cve("CVE-2099-0071", single(or(vulnerable("cpe:2.3:broken")))))).isEmpty();
    }
}
