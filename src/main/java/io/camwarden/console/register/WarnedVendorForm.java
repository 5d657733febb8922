package io.camwarden.console.register;

import io.camwarden.checks.WarnedVendorRequest;
import io.camwarden.console.FormValues;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.Text;
import java.util.Arrays;
import java.util.List;

/**
 * The new warned-vendor entry form as the browser sends it. Brands come one per line, because a brand's remark
 * in parentheses may itself hold commas ("KBVision (VN market OEM, verify)").
 */
public record WarnedVendorForm(String vendor, String brands, String model, String minLevel, String authority,
                               String jurisdiction, String instrument, String scope, String effective,
                               String source) {

    public static final WarnedVendorForm EMPTY = new WarnedVendorForm("", "", "", "", "", "", "", "", "", "");

    public WarnedVendorRequest toRequest(FieldErrors errors) {
        return new WarnedVendorRequest(vendor, brandList(), model, FormValues.integer(minLevel, "minLevel", errors),
                authority, jurisdiction, instrument, scope, effective, source);
    }

    private List<String> brandList() {
        if (Text.blank(brands)) {
            return List.of();
        }
        return Arrays.stream(brands.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
