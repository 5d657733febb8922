package io.camwarden.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.domain.DeviceKind;
import io.camwarden.fingerprint.FingerprintDataException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ModelKindsTest {

    private static final String HEADER = "vendor,pattern,device_kind,confidence,source,notes\n";

    @Test
    void vendorRulesApplyOnlyToTheirVendorAndTheFirstMatchWins() {
        ModelKinds kinds = ModelKinds.bundled();
        assertThat(kinds.kindOf("Hikvision", "DS-2CD2142FWD-I").orElseThrow().deviceKind()).isEqualTo(DeviceKind.CAMERA);
        assertThat(kinds.kindOf("Dahua", "DS-2CD2142FWD-I")).isEmpty();
        assertThat(kinds.kindOf("Axis", "AXIS Q7424-R Mk II").orElseThrow().deviceKind()).isEqualTo(DeviceKind.ENCODER);
        assertThat(kinds.kindOf(null, "Some HVR 8ch").orElseThrow().deviceKind()).isEqualTo(DeviceKind.DVR);
        assertThat(kinds.kindOf("Hikvision", null)).isEmpty();
        assertThat(kinds.kindOf("Hikvision", " ")).isEmpty();
    }

    @Test
    void brokenRulesNameTheLine() {
        assertThatThrownBy(() -> ModelKinds.read(new StringReader(HEADER + ",^x,CAMERA,high,src,\n")))
                .isInstanceOf(FingerprintDataException.class).hasMessage("model_kinds.csv line 2: give a vendor, or * for any vendor");
        assertThatThrownBy(() -> ModelKinds.read(new StringReader(HEADER + "*,^(x,CAMERA,high,src,\n")))
                .hasMessageStartingWith("model_kinds.csv line 2: the pattern is not a Java regular expression");
        assertThatThrownBy(() -> ModelKinds.read(new StringReader(HEADER + "*,^x,PHONE,high,src,\n")))
                .hasMessageContaining("'PHONE' is not a device kind");
        assertThatThrownBy(() -> ModelKinds.read(new StringReader(HEADER + "*,^x,CAMERA,high,,\n")))
                .hasMessageContaining("every rule needs a source");
    }
}
