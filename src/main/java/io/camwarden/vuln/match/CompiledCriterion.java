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
 */
record CompiledCriterion(String criteria, char part, String vendor, ProductName product, String version,
                         String update, String otherAttribute) {

    static final String ANY = "*";
    static final String NA = "-";

    static CompiledCriterion parse(String criteria) {
        Cpe cpe;
        try {
            cpe = CpeParser.parse(criteria);
        } catch (CpeParsingException | RuntimeException e) {
            return new CompiledCriterion(criteria, '?', "", null, ANY, ANY, null);
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
        return new CompiledCriterion(criteria, part, vendor, ProductName.of(vendor, cpe.getProduct()),
                cpe.getVersion(), cpe.getUpdate(), other);
    }

    boolean readable() {
        return product != null;
    }

    boolean hardware() {
        return part == 'h';
    }
}
