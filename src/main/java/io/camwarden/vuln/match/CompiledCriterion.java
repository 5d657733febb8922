package io.camwarden.vuln.match;

import java.util.List;
import java.util.Map;
import us.springett.parsers.cpe.Cpe;
import us.springett.parsers.cpe.CpeParser;
import us.springett.parsers.cpe.exceptions.CpeParsingException;
import us.springett.parsers.cpe.values.Part;

/**
 * One CPE 2.3 criteria string parsed once (cpe-parser unescapes {@code \(} and friends): part, vendor,
 * product compiled as a {@link ProductName}, version and update as NVD wrote them ({@code *} ANY, {@code -}
 * NA), and the first other attribute that names a specific value (edition, language, software edition,
 * target software or hardware, other), which an identity can never confirm. Criteria that are not a CPE
 * name are kept as unreadable and never match.
 *
 * <p>The criteria string itself is only shown in explanations, yet an index of NVD's size holds millions of
 * distinct ones: it is kept in three parts, {@code head} ("cpe:2.3:o:hikvision:", shared by every product of
 * the vendor), the product as NVD escapes it ({@code null} when that is {@link ProductName#text()} itself, as
 * it nearly always is) and {@code tail} (":*:*:*:*:*:*:*", shared by most), and put together when shown. A
 * criteria string that does not split so is kept whole in {@code head}, with {@code tail} null.
 */
record CompiledCriterion(char part, String vendor, ProductName product, String version, String update,
                         String otherAttribute, String head, String escapedProduct, String tail) {

    static final String ANY = "*";
    static final String NA = "-";

    static CompiledCriterion parse(String criteria) {
        Cpe cpe;
        try {
            cpe = CpeParser.parse(criteria);
        } catch (CpeParsingException | RuntimeException e) {
            return new CompiledCriterion('?', "", null, ANY, ANY, null, criteria, null, null);
        }
        char part = cpe.getPart() == Part.HARDWARE_DEVICE ? 'h' : cpe.getPart() == Part.OPERATING_SYSTEM ? 'o'
                : cpe.getPart() == Part.APPLICATION ? 'a' : '*';
        String other = null;
        for (Map.Entry<String, String> a : List.of(Map.entry("edition", cpe.getEdition()),
                Map.entry("language", cpe.getLanguage()), Map.entry("software edition", cpe.getSwEdition()),
                Map.entry("target software", cpe.getTargetSw()), Map.entry("target hardware", cpe.getTargetHw()),
                Map.entry("other", cpe.getOther()))) {
            if (!a.getValue().equals(ANY) && !a.getValue().equals(NA)) {
                other = a.getKey() + " " + a.getValue();
                break;
            }
        }
        String vendor = cpe.getVendor();
        ProductName product = ProductName.of(vendor, cpe.getProduct());
        int productStart = afterColon(criteria, 0, 4);
        int productEnd = productStart < 0 ? -1 : afterColon(criteria, productStart, 1) - 1;
        if (productEnd < 0) {
            return new CompiledCriterion(part, vendor, product, cpe.getVersion(), cpe.getUpdate(), other, criteria,
                    null, null);
        }
        String escaped = criteria.substring(productStart, productEnd);
        return new CompiledCriterion(part, vendor, product, cpe.getVersion(), cpe.getUpdate(), other,
                criteria.substring(0, productStart), escaped.equals(product.text()) ? null : escaped,
                criteria.substring(productEnd));
    }

    /** The position after the {@code n}-th unescaped ':' from {@code from}; -1 when there are fewer. */
    private static int afterColon(String s, int from, int n) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ':' && --n == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The same criteria with its parts taken from {@code pool}, so equal parts are one object. */
    CompiledCriterion pooled(StringPool pool, ProductName sharedProduct) {
        return new CompiledCriterion(part, pool.of(vendor), sharedProduct, pool.of(version), pool.of(update),
                pool.of(otherAttribute), pool.of(head), escapedProduct, pool.of(tail));
    }

    /** The criteria string exactly as NVD wrote it. */
    String criteria() {
        return tail == null ? head : head + (escapedProduct != null ? escapedProduct : product.text()) + tail;
    }

    boolean readable() {
        return product != null;
    }

    boolean hardware() {
        return part == 'h';
    }
}
