package io.camwarden.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.checks.registry.WarnedVendorMatcher;
import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.identity.VendorNames;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped warned-vendor list as CamWarden reads it, and matching devices against it by vendor and brand. */
class WarnedVendorMatcherTest {

    static List<WarnedVendor> shipped;
    final WarnedVendorMatcher matcher = new WarnedVendorMatcher(VendorNames.bundled());

    @BeforeAll
    static void read() throws IOException {
        try (var in = WarnedVendorMatcherTest.class.getClassLoader().getResourceAsStream(WarnedVendorService.SHIPPED)) {
            shipped = WarnedVendorService.readShipped(new InputStreamReader(in, StandardCharsets.UTF_8),
                    Instant.parse("2026-09-01T00:00:00Z")).stream()
                    .map(w -> new WarnedVendor((long) w.vendor().length(), w.vendor(), w.brands(), w.brandsText(),
                            w.model(), w.minLevel(), w.authority(), w.jurisdiction(), w.instrument(), w.scope(),
                            w.effective(), w.source(), w.addedAt(), w.addedBy(), null, null, null))
                    .toList();
        }
    }

    @Test
    void theShippedListHasFiveVendorsWithTheirBrandsAndFullSources() {
        assertThat(shipped).extracting(WarnedVendor::vendor).containsExactly("Huawei Technologies Company",
                "ZTE Corporation", "Hytera Communications", "Hangzhou Hikvision Digital Technology", "Dahua Technology");
        WarnedVendor dahua = shipped.get(4);
        assertThat(dahua.brands()).containsExactly(new WarnedVendor.Brand("Imou", null),
                new WarnedVendor.Brand("Amcrest", null), new WarnedVendor.Brand("Lorex", "historic"),
                new WarnedVendor.Brand("KBVision", "VN market OEM - verify"));
        assertThat(dahua.brandsText()).isEqualTo("e.g. Imou, Amcrest, Lorex (historic), KBVision (VN market OEM - verify)");
        assertThat(shipped.get(3).brands()).extracting(WarnedVendor.Brand::name).containsExactly("Ezviz", "HiLook", "HDParagon");
        assertThat(shipped.get(0).brands()).as("'subsidiaries/affiliates' names no brand").isEmpty();
        // "as above" means the first row's value, so every entry carries its real source
        assertThat(dahua.source()).isEqualTo("fcc.gov 'Prohibition on Authorization of Covered Equipment'; dwt.com 2022-12;"
                + " securitymagazine.com; cybernews.com");
        assertThat(dahua.effective()).startsWith("2019-08-13");
        assertThat(dahua.authority()).isEqualTo("US Congress; FCC");
        assertThat(dahua.instrument()).contains("NDAA §889");
    }

    private List<String> matched(String vendor, String model, Integer level) {
        return matcher.match(vendor, model, level, shipped).matches().stream()
                .map(m -> m.entry().vendor() + (m.brand() ? " via " + m.listedName() : "")).toList();
    }

    @Test
    void vendorsMatchInAnySpellingAndThroughTheirOemBrands() {
        assertThat(matched("HIKVISION", "DS-2CD2143G0-I", 1)).containsExactly("Hangzhou Hikvision Digital Technology");
        assertThat(matched("Zhejiang Dahua Technology Co., Ltd.", null, 1)).containsExactly("Dahua Technology");
        assertThat(matched("KBVision", "KX-2011N2", 1)).containsExactly("Dahua Technology via KBVision");
        assertThat(matched("kbvision", null, null)).containsExactly("Dahua Technology via KBVision");
        assertThat(matched("IMOU", null, 2)).containsExactly("Dahua Technology via Imou");
        assertThat(matched("Amcrest Technologies", null, 2)).containsExactly("Dahua Technology via Amcrest");
        assertThat(matched("EZVIZ", "C6N", 3)).containsExactly("Hangzhou Hikvision Digital Technology via Ezviz");
        assertThat(matched("HiLook", null, 3)).containsExactly("Hangzhou Hikvision Digital Technology via HiLook");
        assertThat(matched("Huawei", null, 3)).containsExactly("Huawei Technologies Company");
        assertThat(matched("Hytera", null, 3)).containsExactly("Hytera Communications");
        assertThat(matched("ZTE", null, 3)).containsExactly("ZTE Corporation");
    }

    @Test
    void otherVendorsAndPlaceholdersDoNotMatch() {
        assertThat(matched("Axis", "P3245", 3)).isEmpty();
        assertThat(matched("Uniview", null, 3)).isEmpty();
        assertThat(matched("Hikari Cams", null, 3)).as("a word prefix is not a vendor").isEmpty();
        assertThat(matched("", null, 3)).isEmpty();
        assertThat(matched(null, null, 3)).isEmpty();
    }

    @Test
    void retiredEntriesModelPrefixesAndMinimumLevels() {
        Instant t = Instant.parse("2026-09-01T00:00:00Z");
        WarnedVendor retired = new WarnedVendor(1L, "Foscam", List.of(), null, null, null, "A", null, "I", null, null,
                "S", t, "r", t, "r", "lifted");
        WarnedVendor model = new WarnedVendor(2L, "Reolink", List.of(), null, "RLC-4", null, "A", null, "I", null, null,
                "S", t, "r", null, null, null);
        WarnedVendor strict = new WarnedVendor(3L, "Tiandy", List.of(), null, null, 3, "A", null, "I", null, null,
                "S", t, "r", null, null, null);
        List<WarnedVendor> list = List.of(retired, model, strict);
        assertThat(matcher.match("Foscam", null, 3, list).matches()).isEmpty();
        assertThat(matcher.match("Reolink", "RLC-410", 3, list).matches()).hasSize(1);
        assertThat(matcher.match("Reolink", "E1 Pro", 3, list).matches()).isEmpty();
        assertThat(matcher.match("Reolink", null, 3, list).matches()).isEmpty();
        WarnedVendorMatcher.Report low = matcher.match("Tiandy", null, 2, list);
        assertThat(low.matches()).isEmpty();
        assertThat(low.belowLevel()).hasSize(1);
        assertThat(matcher.match("Tiandy", null, 3, list).matches()).hasSize(1);
        assertThat(matcher.match("Tiandy", null, null, list).matches()).as("unknown level: the entry counts").hasSize(1);
    }
}
