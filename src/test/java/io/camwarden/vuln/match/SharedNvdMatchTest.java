package io.camwarden.vuln.match;

import static io.camwarden.domain.vuln.MatchResult.AFFECTED;
import static io.camwarden.domain.vuln.MatchResult.NOT_AFFECTED;
import static io.camwarden.domain.vuln.MatchResult.UNKNOWN;
import static io.camwarden.vuln.match.Identities.device;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.vuln.MatchResult;
import io.camwarden.domain.vuln.MatchStep;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identities hand-checked against the real NVD records of ../shared/data/nvd/nvdcve-2.0-cameras.json: each
 * comment names the configuration that decides the answer, as the JSON has it (1-based numbers).
 */
class SharedNvdMatchTest {

    private static VulnerabilityIndex index;

    @BeforeAll
    static void index() {
        index = VulnerabilityIndex.build(SharedNvd.records().values(), List.of());
        assertThat(index.size()).isEqualTo(691);
    }

    private static Optional<VulnerabilityMatch> match(Identity identity, String cve) {
        List<VulnerabilityMatch> all = index.match(identity);
        // the index and the one-record matcher must agree
        Optional<VulnerabilityMatch> one = CpeVulnerabilityMatcher.bundled().match(identity, SharedNvd.get(cve), List.of());
        Optional<VulnerabilityMatch> found = all.stream().filter(m -> m.cve().equals(cve)).findFirst();
        assertThat(found).as("index and matcher agree on " + cve).isEqualTo(one);
        return found;
    }

    private static VulnerabilityMatch assertResult(Identity identity, String cve, MatchResult expected) {
        Optional<VulnerabilityMatch> m = match(identity, cve);
        assertThat(m).as(cve + " is relevant to " + identity).isPresent();
        assertThat(m.get().result()).as(m.get().summary()).isEqualTo(expected);
        return m.get();
    }

    private static MatchStep step(VulnerabilityMatch m, String where) {
        return m.steps().stream().filter(s -> s.where().startsWith(where)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + where + " in " + m.steps()));
    }

    // --- Hikvision ---

    @Test
    void hikvisionFirmwareListedAsDashIsUnknownWhileTheHardwareMatches() {
        // CVE-2017-7921 configuration 1 (AND): node 1 match 17 o:hikvision:ds-2cd2032-i_firmware:- (firmware "-"),
        // node 2 match 10 h:hikvision:ds-2cd2032-i. NVD does not say which firmware: UNKNOWN, not AFFECTED.
        VulnerabilityMatch m = assertResult(device("Hikvision", "DS-2CD2032-I", "V5.4.0 build 160530"),
                "CVE-2017-7921", UNKNOWN);
        assertThat(m.summary()).contains("\"-\"").contains("configuration 1");
        MatchStep firmware = step(m, "configuration 1, node 1, match 17");
        assertThat(firmware.criteria()).isEqualTo("cpe:2.3:o:hikvision:ds-2cd2032-i_firmware:-:*:*:*:*:*:*:*");
        assertThat(firmware.identityField()).isEqualTo("firmware");
        assertThat(firmware.identityValue()).isEqualTo("V5.4.0 build 160530");
        assertThat(firmware.source()).isEqualTo("onvif.firmware@80");
        assertThat(firmware.outcome()).isEqualTo(UNKNOWN);
        MatchStep hardware = step(m, "configuration 1, node 2, match 10");
        assertThat(hardware.identityField()).isEqualTo("model");
        assertThat(hardware.identityValue()).isEqualTo("DS-2CD2032-I");
        assertThat(hardware.outcome()).isEqualTo(AFFECTED);
    }

    @Test
    void hikvisionOptionalSuffixCoversBothModels() {
        // CVE-2017-7921 configuration 1: o:hikvision:ds-2cd2732f-i\(s\)_firmware:- and h:...ds-2cd2732f-i\(s\)
        assertResult(device("HIKVISION", "DS-2CD2732F-IS", null), "CVE-2017-7921", UNKNOWN);
        assertResult(device("Hikvision", "DS-2CD2732F-I", null), "CVE-2017-7921", UNKNOWN);
        // no configuration names DS-2CD2732F-IX: the CVE is not about it
        assertThat(match(device("Hikvision", "DS-2CD2732F-IX", "5.4.0"), "CVE-2017-7921")).isEmpty();
    }

    @Test
    void hikvisionFirmwareRange() {
        // CVE-2017-14953 configuration 1 (AND): o:hikvision:ds-2cd2432f-iw_firmware versionEndExcluding 5.4.5,
        // on h:hikvision:ds-2cd2432f-iw
        VulnerabilityMatch below = assertResult(device("Hikvision", "DS-2CD2432F-IW", "V5.4.0 build 160401"),
                "CVE-2017-14953", AFFECTED);
        assertThat(below.summary()).startsWith("Affected: firmware V5.4.0 build 160401 is in the range up to 5.4.5"
                + " (excluding) of ds-2cd2432f-iw_firmware").contains("NVD configuration 1");
        assertThat(step(below, "configuration 1, node 1, match 1").range()).isEqualTo("up to 5.4.5 (excluding)");
        // at the fixed version (the build is ignored: the bound has none)
        assertResult(device("Hikvision", "DS-2CD2432F-IW", "V5.4.5 build 170124"), "CVE-2017-14953", NOT_AFFECTED);
        // no firmware version: the range cannot be decided
        VulnerabilityMatch none = assertResult(device("Hikvision", "DS-2CD2432F-IW", null), "CVE-2017-14953", UNKNOWN);
        assertThat(none.summary()).contains("no firmware version");
    }

    @Test
    void hikvisionExactFirmwareWithBuild() {
        // CVE-2013-4975 configuration 1: o:hikvision:ds-2cd7153-e_firmware:4.1.0_b130111 on h:...ds-2cd7153-e
        assertResult(device("Hikvision", "DS-2CD7153-E", "V4.1.0 build 130111"), "CVE-2013-4975", AFFECTED);
        assertResult(device("Hikvision", "DS-2CD7153-E", "V4.1.2 build 140101"), "CVE-2013-4975", NOT_AFFECTED);
    }

    @Test
    void hikvisionSeriesFirmwareOnNamedHardware() {
        // CVE-2015-4407 configuration 1: o:hikvision:ds-76xxx_series_firmware versionEndIncluding 3.3.4, on
        // h:hikvision:ds-7608ni-e1\/8p (node 2 match 3)
        assertResult(device("Hikvision", "DS-7608NI-E1/8P", "V3.3.4 build 150723"), "CVE-2015-4407", AFFECTED);
        assertResult(device("Hikvision", "DS-7608NI-E1/8P", "V3.4.0 build 151225"), "CVE-2015-4407", NOT_AFFECTED);
    }

    @Test
    void hikvisionWithoutModelIsUnknown() {
        // CVE-2017-7921 names 58 Hikvision products; without a model none can be ruled in or out
        VulnerabilityMatch m = assertResult(device("Hikvision", null, "V5.4.0"), "CVE-2017-7921", UNKNOWN);
        assertThat(m.summary()).contains("has no model");
    }

    @Test
    void aCveWithoutConfigurationsIsNotMatchableByCpe() {
        // CVE-2021-36260 (Hikvision, in KEV) has no configuration in the shared feed
        assertThat(SharedNvd.get("CVE-2021-36260").configurations()).isEmpty();
        assertThat(match(device("Hikvision", "DS-2CD2032-I", "V5.4.0"), "CVE-2021-36260")).isEmpty();
    }

    // --- Dahua ---

    @Test
    void dahuaFamilyPlaceholderMayCoverButNeverProves() {
        // CVE-2021-33044 configuration 2: o:dahuasecurity:ipc-hx3xxx_firmware versionEndExcluding
        // 2.800.0000000.29.r.210630 on h:dahuasecurity:ipc-hx3xxx. IPC-HDW3541T fits the family's pattern.
        VulnerabilityMatch below = assertResult(device("Dahua", "IPC-HDW3541T", "2.800.0000000.16.R"),
                "CVE-2021-33044", UNKNOWN);
        assertThat(below.summary()).contains("family ipc-hx3xxx").contains("cannot prove");
        assertThat(step(below, "configuration 2, node 2, match 1").outcome()).isEqualTo(UNKNOWN);
        // above the range, whatever the family covers, the device is not affected by configuration 2
        assertResult(device("Dahua Technology", "IPC-HDW3541T", "2.800.0000000.30.R"), "CVE-2021-33044", NOT_AFFECTED);
    }

    @Test
    void dahuaVersionsWithBuildDates() {
        // CVE-2021-33044 configuration 10: o:dahuasecurity:tpc-bf1241_firmware versionEndExcluding
        // 2.630.0000000.6.r.210707 on h:dahuasecurity:tpc-bf1241
        assertResult(device("Dahua", "TPC-BF1241", "2.630.0000000.5.R"), "CVE-2021-33044", AFFECTED);
        assertResult(device("Dahua", "TPC-BF1241", "2.630.0000000.6.R, Build Date 2021-07-07"), "CVE-2021-33044",
                NOT_AFFECTED);
        // the same version without its build date: is it the fixed build or an earlier one?
        assertResult(device("Dahua", "TPC-BF1241", "2.630.0000000.6.R"), "CVE-2021-33044", UNKNOWN);
    }

    @Test
    void dahuaModelsWithAndWithoutTheDhPrefix() {
        // CVE-2017-7925 configuration 1: o:dahuasecurity:dh-ipc-hdbw23a0rn-zs_firmware:- on h:...dh-ipc-hdbw23a0rn-zs
        assertResult(device("Dahua", "IPC-HDBW23A0RN-ZS", "2.420.0000000.2.R"), "CVE-2017-7925", UNKNOWN);
        // configuration 6: the family dh-ipc-hfw1xxx (firmware "-") may cover IPC-HFW1230S
        assertResult(device("Zhejiang Dahua Technology Co., Ltd.", "IPC-HFW1230S", null), "CVE-2017-7925", UNKNOWN);
    }

    // --- Axis ---

    @Test
    void axisModelWrittenWithTheVendorName() {
        // CVE-2018-10658 configuration 123: o:axis:p1344_firmware versionEndExcluding 5.51.5 on h:axis:p1344
        assertResult(device("AXIS", "AXIS P1344", "5.40.9"), "CVE-2018-10658", AFFECTED);
        assertResult(device("Axis Communications AB", "P1344", "5.51.5"), "CVE-2018-10658", NOT_AFFECTED);
    }

    // --- Foscam ---

    @Test
    void foscamHardwareRevision() {
        // CVE-2018-6830 configuration 37: o:foscam:fi9821w_firmware versionEndIncluding 2.11.1.120 on
        // h:foscam:fi9821w:2 (hardware version 2)
        assertResult(device("Foscam", "FI9821W", "2.11.1.118", "V2"), "CVE-2018-6830", AFFECTED);
        VulnerabilityMatch noHardware = assertResult(device("Foscam", "FI9821W", "2.11.1.118"), "CVE-2018-6830",
                UNKNOWN);
        assertThat(noHardware.summary()).contains("no hardware version");
        assertResult(device("Foscam", "FI9821W", "2.11.1.121", "V2"), "CVE-2018-6830", NOT_AFFECTED);
    }

    @Test
    void foscamApplicationFirmwareUnderAnotherNameThanTheModel() {
        // CVE-2018-19063 configuration 2: o:foscam:c2_application_firmware:2.72.1.32 (node 1 match 2) on h:foscam:c2
        assertResult(device("FOSCAM", "C2", "2.72.1.32"), "CVE-2018-19063", AFFECTED);
        assertResult(device("Foscam", "C2", "2.72.1.40"), "CVE-2018-19063", NOT_AFFECTED);
    }

    // --- Hanwha / Samsung ---

    @Test
    void samsungTechwinIsHanwhaAndItsTokensAreAliases() {
        // CVE-2017-16524 configuration 1: a:hanwhasecurity:web_viewer:1.0.0.193 on h:samsung:srn-1670d
        assertResult(device("Samsung Techwin", "SRN-1670D", "1.0.0.193"), "CVE-2017-16524", AFFECTED);
        // CVE-2018-6294 configuration 1: o:hanwha-security:snh-v6410pn_firmware:- on h:...snh-v6410pn
        assertResult(device("Hanwha Vision", "SNH-V6410PN", "1.0.3"), "CVE-2018-6294", UNKNOWN);
    }

    // --- Vivotek ---

    @Test
    void vivotekExactFirmwareVersions() {
        // CVE-2013-4985 configuration 1: o:vivotek:ip7160_firmware:0105a or :0105b, on h:vivotek:ip7160
        assertResult(device("VIVOTEK", "IP7160", "0105a"), "CVE-2013-4985", AFFECTED);
        assertResult(device("Vivotek", "IP7160", "0100a"), "CVE-2013-4985", NOT_AFFECTED);
    }

    // --- XiongMai ---

    @Test
    void xiongmaiLiteralXInTheModelIsExact() {
        // CVE-2022-26259 configuration 3: o:xiongmaitech:nbd80x08s-kl_firmware:4.03.r11.nat.dss.onvifc.20210727
        // on h:xiongmaitech:nbd80x08s-kl
        assertResult(device("Xiongmai", "NBD80X08S-KL", "V4.03.R11.NAT.DSS.ONVIFC.20210727"), "CVE-2022-26259",
                AFFECTED);
        assertResult(device("XiongMai Technology", "NBD80X08S-KL", null), "CVE-2022-26259", UNKNOWN);
    }

    // --- D-Link, Amcrest, Reolink, TP-Link ---

    @Test
    void dlinkUnderEitherToken() {
        // CVE-2016-11021 configuration 1: o:dlink:dcs-930l_firmware versionEndExcluding 2.12 on h:dlink:dcs-930l
        assertResult(device("D-Link", "DCS-930L", "1.04"), "CVE-2016-11021", AFFECTED);
        assertResult(device("D-Link Corporation", "DCS-930L", "2.12"), "CVE-2016-11021", NOT_AFFECTED);
    }

    @Test
    void amcrestDahuaStyleVersions() {
        // CVE-2017-8226 configuration 1: o:amcrest:ipm-721s_firmware versionEndIncluding 2.420.ac00.16.r.20160909
        assertResult(device("Amcrest", "IPM-721S", "V2.420.AC00.16.R.20160909"), "CVE-2017-8226", AFFECTED);
        assertResult(device("Amcrest", "IPM-721S", "V2.420.AC00.17.R.20170322"), "CVE-2017-8226", NOT_AFFECTED);
    }

    @Test
    void reolinkVersionWithBuildSuffix() {
        // CVE-2021-40407 configuration 1: o:reolink:rlc-410w_firmware:3.0.0.136_20121102 on h:reolink:rlc-410w
        assertResult(device("Reolink", "RLC-410W", "v3.0.0.136_20121102"), "CVE-2021-40407", AFFECTED);
        assertResult(device("Reolink", "RLC-410W", "v3.0.0.494_21073000"), "CVE-2021-40407", NOT_AFFECTED);
    }

    @Test
    void tpLinkVulnerableHardwareWithSharedFirmwareLine() {
        // CVE-2013-2578 configuration 1: h:tp-link:tl-sc3171g (vulnerable) AND o:tp-link:lm_firmware
        // versionEndIncluding 1.6.18p12_sign5, the firmware line of those cameras (not the model's name)
        assertResult(device("TP-LINK", "TL-SC3171G", "1.6.16"), "CVE-2013-2578", AFFECTED);
        assertResult(device("TP-Link", "TL-SC3171G", "1.6.20"), "CVE-2013-2578", NOT_AFFECTED);
        // 1.6.18 against 1.6.18p12_sign5: the "p12_sign5" cannot be ordered against nothing
        assertResult(device("TP-Link", "TL-SC3171G", "1.6.18"), "CVE-2013-2578", UNKNOWN);
    }

    // --- the identity's own CPE ---

    @Test
    void anIdentityCpeIsASource() {
        // CVE-2017-14953 configuration 1, as for the fields above
        VulnerabilityMatch m = assertResult(Identities.cpe("cpe:2.3:o:hikvision:ds-2cd2432f-iw_firmware:5.4.0:*:*:*:*:*:*:*"),
                "CVE-2017-14953", AFFECTED);
        assertThat(step(m, "configuration 1, node 1, match 1").source()).startsWith("cpe ");
        assertResult(Identities.cpe("cpe:2.3:h:hikvision:ds-2cd2432f-iw:-:*:*:*:*:*:*:*"), "CVE-2017-14953", UNKNOWN);
    }

    @Test
    void devicesOfOtherVendorsOrModelsGetNothing() {
        // a Hikvision model no record names meets only CVE-2018-6414, whose configuration 1 is
        // h:hikvision:ip_cameras: a generic product that may or may not be the model
        assertThat(index.match(device("Hikvision", "DS-9999-NOPE", "5.4.0"))).singleElement().satisfies(m -> {
            assertThat(m.cve()).isEqualTo("CVE-2018-6414");
            assertThat(m.result()).isEqualTo(UNKNOWN);
            assertThat(m.summary()).contains("no particular model");
        });
        assertThat(index.match(device("Acme Optics", "DS-2CD2032-I", "5.4.0"))).isEmpty();
        assertThat(index.match(device("IPCAM", "DS-2CD2032-I", "5.4.0"))).isEmpty(); // a placeholder is no vendor
        assertThat(index.match(Identity.UNKNOWN)).isEmpty();
    }
}
