package io.camwarden.vuln.match;

import static io.camwarden.vuln.match.ProductName.Fit.EXACT;
import static io.camwarden.vuln.match.ProductName.Fit.FAMILY;
import static io.camwarden.vuln.match.ProductName.Fit.GENERIC;
import static io.camwarden.vuln.match.ProductName.Fit.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductNameTest {

    @ParameterizedTest(name = "{0}:{1} against {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            // a model, as hardware or as its firmware; spelled with or without separators
            "hikvision     | ds-2cd2032-i              | DS-2CD2032-I     | EXACT",
            "hikvision     | ds-2cd2032-i_firmware     | DS-2CD2032-I     | EXACT",
            "hikvision     | ds-2cd2032-i_firmware     | DS-2CD2032-IW    | NONE",
            "tp-link       | tl-sc_3130_firmware       | TL-SC3130        | EXACT",
            "samsung       | srn_1670d                 | SRN-1670D        | EXACT",
            // optional suffixes in parentheses
            "hikvision     | ds-2cd2732f-i(s)_firmware | DS-2CD2732F-I    | EXACT",
            "hikvision     | ds-2cd2732f-i(s)_firmware | DS-2CD2732F-IS   | EXACT",
            "hikvision     | ds-2cd2732f-i(s)_firmware | DS-2CD2732F-IZ   | NONE",
            "hikvision     | ds-2cd4012f-(a)           | DS-2CD4012F      | EXACT",
            "hikvision     | ds-2cd4012f-(a)           | DS-2CD4012F-A    | EXACT",
            // families with placeholders may cover a model, never prove it
            "dahuasecurity | ipc-hx3xxx_firmware       | IPC-HDW3541T     | FAMILY",
            "dahuasecurity | ipc-hx3xxx_firmware       | IPC-HFW3249T1P   | FAMILY",
            "dahuasecurity | ipc-hx3xxx_firmware       | IPC-HDW5541T     | NONE",
            "dahuasecurity | ipc-hfw1xxx               | IPC-HFW1230S-S5  | FAMILY",
            "dahuasecurity | nvr-4xxx                  | NVR4104HS-P      | FAMILY",
            "dahuasecurity | ipc-hdbw4x2x              | IPC-HDBW4421C    | FAMILY",
            "dahuasecurity | xvr5x04                   | XVR5104HS        | FAMILY",
            "dahuasecurity | xvr5x04                   | XVR5108HS        | NONE",
            "hikvision     | ds-2cd63xx_series_firmware| DS-2CD6362F      | FAMILY",
            "hikvision     | ds-76xxx_series_firmware  | DS-7608NI-K2     | FAMILY",
            "axis          | m10_series_network_cameras_firmware | M1004-W | FAMILY",
            // a literal x is still exact where the model is spelled so
            "xiongmaitech  | nbd80x08s-kl              | NBD80X08S-KL     | EXACT",
            "sony          | snc-xm631                 | SNC-XM631        | EXACT",
            "sony          | snc-xm631                 | SNC-AM631        | NONE",
            // generic products name no model
            "foscam        | ip_camera_firmware        | FI9821W          | GENERIC",
            "dahuasecurity | dvr_firmware              | XVR5104HS        | GENERIC",
            "axis          | axis_communications_firmware | P1344         | GENERIC",
            "vivotek       | camera                    | IP7160           | GENERIC",
            "hikvision     | *                         | DS-2CD2032-I     | EXACT",
    })
    void fits(String vendor, String product, String model, ProductName.Fit expected) {
        String squashed = CpeTokens.squash(CpeTokens.token(model));
        assertThat(ProductName.of(vendor, product).fit(List.of(squashed))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ds-2cd2732f-i(s)       | ds-2cd2732f-is,ds-2cd2732f-i",
            "ds-2cd4012f-(a)        | ds-2cd4012f-a,ds-2cd4012f-",
            "a(b)c(d)               | abcd,acd,abc,ac",
            "plain                  | plain",
            "unclosed(x             | unclosed(x",
    })
    void optionalForms(String name, String forms) {
        assertThat(ProductName.optionalForms(name)).containsExactlyInAnyOrder(forms.split(","));
    }
}
