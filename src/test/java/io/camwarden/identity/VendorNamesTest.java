package io.camwarden.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.fingerprint.FingerprintDataException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class VendorNamesTest {

    private static final VendorNames NAMES = VendorNames.bundled();

    @Test
    void spellingsOfOneVendorAreOneName() {
        assertThat(NAMES.canonical("HIKVISION")).contains("Hikvision");
        assertThat(NAMES.canonical("hikvision")).contains("Hikvision");
        assertThat(NAMES.canonical("Hangzhou Hikvision Digital Technology Co., Ltd.")).contains("Hikvision");
        assertThat(NAMES.canonical("Dahua Technology")).contains("Dahua");
        assertThat(NAMES.canonical("Zhejiang Dahua Technology Co.,Ltd")).contains("Dahua");
        assertThat(NAMES.canonical("dahuasecurity")).contains("Dahua");
        assertThat(NAMES.canonical("Xiongmai Tech")).contains("Xiongmai");
        assertThat(NAMES.canonical("AV-TECH")).contains("AVTECH");
        assertThat(NAMES.canonical("Samsung Techwin")).contains("Hanwha Vision");
    }

    @Test
    void unknownVendorsKeepTheirSpellingButCompareByKey() {
        assertThat(NAMES.canonical("  Acme   Cameras  ")).contains("Acme Cameras");
        assertThat(VendorNames.key("ACME Cameras Inc.")).isEqualTo(VendorNames.key("acme cameras")).isEqualTo("acme cameras");
        assertThat(VendorNames.key("GEUTEBRÜCK GmbH")).isEqualTo("geutebruck");
    }

    @Test
    void placeholdersAndBlanksAreNoVendor() {
        assertThat(NAMES.canonical("IPCAM")).isEmpty();
        assertThat(NAMES.canonical("General")).isEmpty();
        assertThat(NAMES.canonical(" onvif ")).isEmpty();
        assertThat(NAMES.canonical("")).isEmpty();
        assertThat(NAMES.canonical(null)).isEmpty();
        assertThat(NAMES.canonical("!!!")).isEmpty();
    }

    @Test
    void anAliasClaimedByTwoVendorsIsAnError() {
        String csv = "canonical,aliases,source\nHikvision,HIK,x\nHiLook,hik,y\n";
        assertThatThrownBy(() -> VendorNames.read(new StringReader(csv)))
                .isInstanceOf(FingerprintDataException.class)
                .hasMessage("vendor_names.csv line 3: 'hik' is already an alias of Hikvision");
    }
}
