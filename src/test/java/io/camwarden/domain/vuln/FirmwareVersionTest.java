package io.camwarden.domain.vuln;

import static io.camwarden.domain.vuln.VersionComparison.EQUAL;
import static io.camwarden.domain.vuln.VersionComparison.GREATER;
import static io.camwarden.domain.vuln.VersionComparison.LESS;
import static io.camwarden.domain.vuln.VersionComparison.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FirmwareVersionTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "V5.4.5 build 170124          | 5.4.5 build 170124",
            "5.4.5_170124                 | 5.4.5 build 170124",
            "v5.4.5 Build 170124          | 5.4.5 build 170124",
            "2.800.0000000.16.R           | 2.800.0.16.r",
            "2.820.0000000.5.r.210705     | 2.820.0.5.r build 210705",
            "'2.800.0000000.16.R, Build Date 2021-07-05' | 2.800.0.16.r build 210705",
            "v2.420.ac00.18.r.20200217    | 2.420.ac0.18.r build 200217",
            "1.000.0041.20180530          | 1.0.41 build 180530",
            "V4.30.210                    | 4.30.210",
            "v1.0.2                       | 1.0.2",
            "firmware_11.37.2.47          | 11.37.2.47",
            "rev.11.00.36                 | 11.0.36",
            "Firmware version 6.50.2.3    | 6.50.2.3",
            "dh_ipc-ack-themis_eng_p_v2.400.0000.14.r.20170713.bin | 2.400.0.14.r build 170713",
            "1.0.9-11                     | 1.0.9 build 11",
            "4.1.0_b130111                | 4.1.0 build 130111",
            "6.0.1_build_993              | 6.0.1 build 993",
            "0105a                        | 105a",
            "05.49                        | 5.49",
            "2016-11-14                   | 2016.11.14",
            "20190314                     | 20190314",
    })
    void readsTheFormsCameraVendorsWrite(String text, String normalised) {
        assertThat(FirmwareVersion.parse(text)).get().hasToString(normalised);
    }

    @ParameterizedTest(name = "''{0}'' is no version")
    @ValueSource(strings = {"", "   ", "abc", "unknown", "V", "-", "*", "...", "build 1234", "x1.2", "nvr-b3801.20",
            "4.1_beta_a", "1.6.18p12_sign5", "1017-1003-1009-1003", "gen1", "∞", "5.4.5 (patched) 2"})
    void garbageIsNoVersionAndNeverAnException(String text) {
        assertThat(FirmwareVersion.parse(text)).isEmpty();
    }

    @Test
    void readKeepsWhatItCanOfTrailingTextAsAPartialVersion() {
        assertThat(FirmwareVersion.read("1.6.18p12_sign5")).get().hasToString("1.6.18p12");
        assertThat(FirmwareVersion.read("abc")).isEmpty();
        assertThat(FirmwareVersion.read("x1.2")).isEmpty();
    }

    @Test
    void nullAndOverlongTextAreNoVersion() {
        assertThat(FirmwareVersion.parse(null)).isEmpty();
        assertThat(FirmwareVersion.parse("1." + "2".repeat(FirmwareVersion.MAX_LENGTH))).isEmpty();
        assertThat(FirmwareVersion.compare(null, "5.4.5")).isEqualTo(UNKNOWN);
        assertThat(FirmwareVersion.compare("5.4.5", null)).isEqualTo(UNKNOWN);
        assertThat(FirmwareVersion.compare("garbage", "5.4.5")).isEqualTo(UNKNOWN);
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // numeric segments compare as numbers, leading zeros ignored
            "5.4.10                     | 5.4.9                      | GREATER",
            "5.4.05                     | 5.4.5                      | EQUAL",
            "2.800.0000000.16.R         | 2.800.0.16.r               | EQUAL",
            "2.800.0000000.16.R         | 2.820.0000000.5.r.210705   | LESS",
            "2.800.0000000.16.R         | 2.800.0000000.29.r.210630  | LESS",
            "2.800.0000000.30.R         | 2.800.0000000.29.r.210630  | GREATER",
            "V4.30.210                  | 4.30.21                    | GREATER",
            "v1.0.2                     | 1.0.10                     | LESS",
            "99999999999999999999999.1  | 99999999999999999999998.9  | GREATER",
            // missing segments are zeros
            "5.4                        | 5.4.0                      | EQUAL",
            "5.4                        | 5.4.1                      | LESS",
            "5.4.0.1                    | 5.4                        | GREATER",
            // letters compare case-insensitively; against a number or nothing they cannot be ordered
            "2.800.0.16.R               | 2.800.0.16.T               | LESS",
            "1.02b01                    | 1.02B01                    | EQUAL",
            "2.420.ac00.18.r            | 2.420.0000.14.r            | UNKNOWN",
            "2.800.0.16                 | 2.800.0.16.r               | UNKNOWN",
            "10.0a                      | 10.0                       | UNKNOWN",
            "10.1a                      | 10.0a                      | GREATER",
            // the build is lower significance than the version, and ignored when the bound has none
            "V5.4.5 build 170124        | 5.4.5                      | EQUAL",
            "5.4.5_170124               | V5.4.5 build 170124        | EQUAL",
            "5.4.4 build 999999         | 5.4.5 build 000001         | LESS",
            "V5.4.5 build 170124        | 5.4.5_170301               | LESS",
            "2.820.0000000.5.R          | 2.820.0000000.5.r.210705   | UNKNOWN",
            "'2.820.0000000.5.R, Build Date 2021-08-01' | 2.820.0000000.5.r.210705 | GREATER",
            "2.820.0000000.5.r.20210705 | 2.820.0000000.5.r.210705   | EQUAL",
            "1.0.9-8                    | 1.0.9-11                   | LESS",
            // a partial version decides only by a segment both sides have
            "1.6.16                     | 1.6.18p12_sign5            | LESS",
            "1.6.19                     | 1.6.18p12_sign5            | GREATER",
            "1.6.18p13                  | 1.6.18p12_sign5            | GREATER",
            "1.6.18p12                  | 1.6.18p12_sign5            | UNKNOWN",
            "1.6.18p12.1                | 1.6.18p12_sign5            | UNKNOWN",
            "1.6.18                     | 1.6.18p12_sign5            | UNKNOWN",
            "4.1_beta_a                 | 4.1                        | UNKNOWN",
            "4.0_beta                   | 4.1                        | LESS",
            // text that is no version equals only itself
            "gen1                       | gen1                       | EQUAL",
            "gen1                       | gen2                       | UNKNOWN",
    })
    void compares(String version, String bound, VersionComparison expected) {
        assertThat(FirmwareVersion.compare(version, bound)).isEqualTo(expected);
    }

    @Test
    void comparingBothWaysIsConsistentWhereTheBuildIsNotInvolved() {
        String[] versions = {"5.4.5", "5.4.10", "2.800.0.16.r", "2.800.0.16.t", "1.0", "1.0.0.1", "10.0a", "ac00"};
        for (String a : versions) {
            for (String b : versions) {
                assertThat(FirmwareVersion.compare(a, b)).as(a + " vs " + b)
                        .isEqualTo(FirmwareVersion.compare(b, a).reversed());
            }
        }
    }
}
