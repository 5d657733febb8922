package io.camwarden.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import org.junit.jupiter.api.Test;
import us.springett.parsers.cpe.CpeParser;

class DefaultCpeNamerTest {

    private static final DefaultCpeNamer NAMER = new DefaultCpeNamer();

    private static IdentityField sure(String value) {
        return new IdentityField(value, 0.9, "test");
    }

    private static Identity identity(IdentityField vendor, IdentityField model, IdentityField firmware) {
        return new Identity(vendor, model, firmware, null, null, null, null);
    }

    @Test
    void firmwareMakesAnOperatingSystemNameAndItsFirstDottedNumberTheVersion() throws Exception {
        String cpe = NAMER.name(identity(sure("Hikvision"), sure("DS-2CD2142FWD-I"), sure("V5.4.5 build 170124")))
                .orElseThrow();
        assertThat(cpe).isEqualTo("cpe:2.3:o:hikvision:ds-2cd2142fwd-i_firmware:5.4.5:*:*:*:*:*:*:*");
        assertThat(CpeParser.parse(cpe).getVendor()).isEqualTo("hikvision");
    }

    @Test
    void withoutFirmwareItNamesTheHardware() {
        assertThat(NAMER.name(identity(sure("Uniview"), sure("NVR301-04S2-P4"), null)))
                .contains("cpe:2.3:h:uniview:nvr301-04s2-p4:-:*:*:*:*:*:*:*");
    }

    @Test
    void spacesAccentsAndSpecialCharactersBecomeAValidName() {
        assertThat(NAMER.name(identity(sure("Geutebrück"), sure("G-Cam/EFD 2250"), null)))
                .contains("cpe:2.3:h:geutebruck:g-cam\\/efd_2250:-:*:*:*:*:*:*:*");
        assertThat(NAMER.name(identity(sure("Merit LILIN"), sure("IPR 722 (ES)"), sure("weird")))).get()
                .asString().startsWith("cpe:2.3:o:merit_lilin:ipr_722_\\(es\\)_firmware:weird:");
    }

    @Test
    void noNameWithoutASureVendorAndModel() {
        IdentityField lead = new IdentityField("Hikvision", 0.3, "test");
        assertThat(NAMER.name(Identity.UNKNOWN)).isEmpty();
        assertThat(NAMER.name(identity(sure("Hikvision"), null, null))).isEmpty();
        assertThat(NAMER.name(identity(lead, sure("DS-2CD2142FWD-I"), null))).isEmpty();
        assertThat(NAMER.name(identity(sure("中文"), sure("模型"), null))).as("nothing printable is left").isEmpty();
        // an unsure firmware falls back to the hardware name
        assertThat(NAMER.name(identity(sure("Hikvision"), sure("DS-2CD2142FWD-I"),
                new IdentityField("V5.4.5", 0.2, "test")))).get().asString().startsWith("cpe:2.3:h:");
    }

    @Test
    void anotherNamerCanBePluggedIn() {
        Identifier identifier = Identifier.withCpeNamer(identity -> java.util.Optional.of("cpe:2.3:h:dahuasecurity:x:-:*:*:*:*:*:*:*"));
        assertThat(identifier.identify(java.util.List.of()).cpe()).isEqualTo("cpe:2.3:h:dahuasecurity:x:-:*:*:*:*:*:*:*");
    }
}
