package io.camwarden.checks;

import io.camwarden.domain.check.WarnedVendor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the related-brands cell of a warned-vendor list, e.g. "e.g. Imou, Amcrest, Lorex (historic),
 * KBVision (VN market OEM - verify)": brand names with the list's remark in parentheses. Words that name no
 * brand ("subsidiaries/affiliates", "other OEM relabels (verify)") are not brands; the original text is kept
 * beside the list.
 */
public final class WarnedVendorBrands {

    private static final Pattern LEADING = Pattern.compile("(?i)^(e\\.g\\.|eg\\.|incl\\.|including)[\\s,:]*");
    private static final Pattern NOT_A_BRAND = Pattern.compile(
            "(?i).*\\b(subsidiar(y|ies)|affiliates?|other|others|relabels?|etc)\\b.*|-|—|");

    private WarnedVendorBrands() {
    }

    public static List<WarnedVendor.Brand> parse(String text) {
        List<WarnedVendor.Brand> brands = new ArrayList<>();
        if (text == null) {
            return brands;
        }
        String s = LEADING.matcher(text.strip()).replaceFirst("");
        for (String part : splitOutsideParentheses(s)) {
            WarnedVendor.Brand b = brand(part);
            if (b != null) {
                brands.add(b);
            }
        }
        return brands;
    }

    /** "KBVision (VN market OEM - verify)" → KBVision with remark "VN market OEM - verify"; null if no brand. */
    public static WarnedVendor.Brand brand(String part) {
        String p = part.strip();
        String remark = null;
        int open = p.indexOf('(');
        if (open >= 0 && p.endsWith(")")) {
            remark = p.substring(open + 1, p.length() - 1).strip();
            p = p.substring(0, open).strip();
        }
        if (NOT_A_BRAND.matcher(p).matches()) {
            return null;
        }
        return new WarnedVendor.Brand(p, remark == null || remark.isEmpty() ? null : remark);
    }

    private static List<String> splitOutsideParentheses(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == ',' || c == ';') && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
