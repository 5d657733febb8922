package io.camwarden.vuln.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.fingerprint.FingerprintDataException;
import io.camwarden.identity.VendorNames;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CpeVendorsTest {

    private static final CpeVendors VENDORS = CpeVendors.bundled();

    private static Set<String> tokens(String vendor) {
        return VENDORS.ofVendor(vendor).orElseThrow().tokens();
    }

    @Test
    void everySpellingOfAVendorHasAllItsNvdTokens() {
        assertThat(tokens("Dahua")).containsExactlyInAnyOrder("dahuasecurity", "dahua");
        assertThat(tokens("Zhejiang Dahua Technology Co., Ltd.")).containsExactlyInAnyOrder("dahuasecurity", "dahua");
        assertThat(tokens("dahuasecurity")).containsExactlyInAnyOrder("dahuasecurity", "dahua");
        assertThat(tokens("Hanwha Techwin")).containsExactlyInAnyOrder("hanwha-security", "hanwhasecurity",
                "hanwhavision", "samsung");
        assertThat(tokens("Samsung Techwin")).isEqualTo(tokens("Wisenet")).isEqualTo(tokens("Hanwha Vision"));
        assertThat(tokens("D-LINK")).containsExactlyInAnyOrder("d-link", "dlink");
        assertThat(tokens("TP-LINK")).containsExactly("tp-link");
        assertThat(tokens("XiongMai Technology")).containsExactly("xiongmaitech");
        assertThat(tokens("HIKVISION")).containsExactly("hikvision");
    }

    @Test
    void anUnlistedVendorIsFiledUnderItsOwnName() {
        assertThat(tokens("Acme Optics")).containsExactlyInAnyOrder("acme_optics", "acmeoptics", "acme-optics");
        assertThat(VENDORS.ofToken("zavio").tokens()).containsExactly("zavio");
        assertThat(VENDORS.ofToken("nobody").tokens()).containsExactly("nobody");
    }

    @Test
    void placeholdersAreNoVendor() {
        assertThat(VENDORS.ofVendor("IPCAM")).isEmpty();
        assertThat(VENDORS.ofVendor(" ")).isEmpty();
        assertThat(VENDORS.ofVendor(null)).isEmpty();
    }

    @Test
    void everyTokenOfTheFileIsAnNvdVendorOfTheSharedData() throws IOException {
        // the list is derived from the vendor tokens NVD's camera configurations use; a typo would never match
        Set<String> nvd = new HashSet<>();
        List<String> names = Files.readAllLines(SharedNvd.DATA.resolve("nvd").resolve("cpe-names-in-configurations.csv"));
        for (String line : names.subList(1, names.size())) {
            nvd.add(line.split(",")[2]);
        }
        Set<String> listed = new HashSet<>();
        List<String> rows = Files.readAllLines(Path.of("src/main/resources/vuln/cpe_vendors.csv"));
        for (String line : rows.subList(1, rows.size())) {
            listed.addAll(List.of(line.split(",")[1].split("\\|")));
        }
        assertThat(listed).hasSizeGreaterThan(70);
        listed.remove("hanwhavision"); // NVD's token since the 2023 rename: newer than the shared records
        assertThat(nvd).containsAll(listed);
    }

    @Test
    void aVendorListedTwiceIsAnError() {
        String csv = "vendor,nvd_vendors,model_prefixes,source\nAcme,acme,,x\nACME,acme2,,y\n";
        assertThatThrownBy(() -> CpeVendors.read(new StringReader(csv), VendorNames.bundled()))
                .isInstanceOf(FingerprintDataException.class).hasMessageContaining("line 3");
    }
}
