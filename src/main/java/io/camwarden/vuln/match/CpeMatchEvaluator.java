package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.FirmwareVersion;
import io.camwarden.domain.vuln.MatchStep;
import io.camwarden.domain.vuln.VersionComparison;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Evaluates one cpeMatch against a device, in three-valued logic. The rules, in order:
 * <ol>
 *   <li>Vendor: the criteria's vendor must be one of the device's NVD vendor tokens, else FALSE, except for
 *       a component of another vendor in a configuration whose hardware is the device's vendor's (gSOAP on
 *       a Sricam camera): the identity cannot tell what libraries the device runs, so UNKNOWN.</li>
 *   <li>Product: the device's model is the product (TRUE), may be it (a family or generic product: UNKNOWN,
 *       never TRUE), or is not (FALSE). No model: UNKNOWN. Device software in a configuration whose
 *       hardware names the model is not compared with the model.</li>
 *   <li>Version of firmware and software ({@code o}, {@code a}): ANY without a range is every version
 *       (TRUE, no firmware needed); NA ({@code -}) means NVD did not say which firmware (UNKNOWN, whatever
 *       the device runs); a range or a specific version needs the device's firmware (UNKNOWN without one)
 *       and is decided by {@link FirmwareVersion}, UNKNOWN where the two cannot be compared.</li>
 *   <li>Version of hardware ({@code h}): ANY and NA are the hardware itself (TRUE); a specific hardware
 *       version needs the identity's hardware version.</li>
 *   <li>A specific update, edition, language, target software or hardware, or other attribute is nothing an
 *       identity tells: UNKNOWN.</li>
 * </ol>
 * The parts combine with AND, so a FALSE anywhere is a firm FALSE.
 */
final class CpeMatchEvaluator {

    private CpeMatchEvaluator() {
    }

    /** @param place where {@code m} sits in the CVE's configurations, for the explanation */
    static MatchEvaluation evaluate(CompiledMatch m, CompiledMatch.Place place, CompiledConfiguration config,
                                    DeviceFacts device) {
        CompiledCriterion c = m.criterion();
        if (!c.readable()) {
            return MatchEvaluation.notAbout(m);
        }
        if (!c.vendor().equals(CompiledCriterion.ANY) && !device.vendorTokens().contains(c.vendor())) {
            if (!c.hardware() && !Collections.disjoint(config.hardwareVendors(), device.groups())) {
                String why = "the identity cannot tell whether the device runs " + c.vendor() + " "
                        + c.product().text() + " (" + m.range() + ")";
                return new MatchEvaluation(m, Truth.UNKNOWN, false, true,
                        step(m, place, Truth.UNKNOWN, new DeviceFacts.Fact("software", null, null)), why, false);
            }
            return MatchEvaluation.notAbout(m);
        }
        List<String> unknowns = new ArrayList<>();
        Truth product = Truth.TRUE;
        DeviceFacts.Fact decidingFact = device.model();
        boolean noModel = m.role() == CompiledMatch.Role.NAMED && device.models().isEmpty();
        if (m.role() == CompiledMatch.Role.NAMED) {
            if (noModel) {
                product = Truth.UNKNOWN;
                decidingFact = new DeviceFacts.Fact("model", null, null);
                unknowns.add("the identity has no model, and NVD names " + c.product().base());
            } else {
                switch (c.product().fit(device.models())) {
                    case NONE -> {
                        return MatchEvaluation.notAbout(m);
                    }
                    case FAMILY -> {
                        product = Truth.UNKNOWN;
                        unknowns.add("NVD names the family " + c.product().base() + ", which may cover model "
                                + device.model().value() + " but cannot prove it");
                    }
                    case GENERIC -> {
                        product = Truth.UNKNOWN;
                        unknowns.add("NVD names " + c.product().text() + ", which is no particular model: it may"
                                + " or may not be model " + device.model().value());
                    }
                    case EXACT -> { }
                }
            }
        }
        Version version = c.hardware() ? hardwareVersion(m, device) : softwareVersion(m, device);
        if (version.truth == Truth.UNKNOWN) {
            unknowns.add(version.why);
        }
        Truth extra = Truth.TRUE;
        if (!c.update().equals(CompiledCriterion.ANY) && !c.update().equals(CompiledCriterion.NA)) {
            extra = Truth.UNKNOWN;
            unknowns.add("NVD names update " + c.update() + " of " + c.product().text()
                    + ", which the identity does not tell");
        }
        if (c.otherAttribute() != null) {
            extra = Truth.UNKNOWN;
            unknowns.add("NVD names " + c.otherAttribute() + " for " + c.product().text()
                    + ", which the identity does not tell");
        }
        Truth truth = product.and(version.truth).and(extra);
        if (version.fact != null && !noModel && (version.truth != Truth.TRUE || product == Truth.TRUE)) {
            decidingFact = version.fact;
        }
        String why = switch (truth) {
            case TRUE, FALSE -> version.why;
            case UNKNOWN -> String.join("; ", unknowns);
        };
        boolean names = m.role() == CompiledMatch.Role.NAMED;
        return new MatchEvaluation(m, truth, names, true, step(m, place, truth, decidingFact), why,
                noModel && truth == Truth.UNKNOWN);
    }

    /** A version check's outcome, the sentence that says why, and the identity fact it used (null: none). */
    private record Version(Truth truth, String why, DeviceFacts.Fact fact) {
    }

    private static Version softwareVersion(CompiledMatch m, DeviceFacts device) {
        CompiledCriterion c = m.criterion();
        String product = c.product().text();
        DeviceFacts.Fact fw = device.firmware();
        if (c.version().equals(CompiledCriterion.NA)) {
            return new Version(Truth.UNKNOWN, "NVD lists the firmware version of " + product + " as \"-\" (none"
                    + " given), so it does not say which firmware is affected",
                    fw != null ? fw : new DeviceFacts.Fact("firmware", null, null));
        }
        if (c.version().equals(CompiledCriterion.ANY) && !m.hasRange()) {
            return new Version(Truth.TRUE, "NVD's match covers every version of " + product
                    + (m.vulnerable() ? "" : " (a platform, not itself vulnerable)"), null);
        }
        if (fw == null) {
            return new Version(Truth.UNKNOWN, "the identity has no firmware version, and NVD's match covers "
                    + m.range() + " of " + product, new DeviceFacts.Fact("firmware", null, null));
        }
        Truth t;
        if (m.hasRange()) {
            t = Truth.TRUE;
            for (Bound b : new Bound[] {m.start(), m.end()}) {
                if (b != null) {
                    t = t.and(b.admits(device.firmwareVersion(), fw.value()));
                }
            }
        } else {
            t = sameVersion(fw.value(), device.firmwareVersion(), c.version());
        }
        return new Version(t, verdict("firmware " + fw.value(), t, m, product), fw);
    }

    /** "firmware 5.4.0 is in the range up to 5.4.5 (excluding) of X", "... is not version 5.4.0 of X". */
    private static String verdict(String what, Truth t, CompiledMatch m, String product) {
        String covered = m.hasRange() ? "the range " + m.range() : "version " + m.criterion().version();
        return what + switch (t) {
            case TRUE -> m.hasRange() ? " is in " : " is ";
            case FALSE -> m.hasRange() ? " is outside " : " is not ";
            case UNKNOWN -> " cannot be compared with ";
        } + covered + " of " + product;
    }

    private static Version hardwareVersion(CompiledMatch m, DeviceFacts device) {
        CompiledCriterion c = m.criterion();
        String model = device.model() == null ? "the device" : "model " + device.model().value();
        boolean anyVersion = c.version().equals(CompiledCriterion.ANY) || c.version().equals(CompiledCriterion.NA);
        if (anyVersion && !m.hasRange()) {
            return new Version(Truth.TRUE, model + " is hardware " + c.product().text(), null);
        }
        DeviceFacts.Fact hw = device.hardware();
        if (hw == null) {
            return new Version(Truth.UNKNOWN, "the identity has no hardware version, and NVD's match covers "
                    + m.range() + " of hardware " + c.product().text(), new DeviceFacts.Fact("hardware", null, null));
        }
        FirmwareVersion parsed = FirmwareVersion.read(hw.value()).orElse(null);
        Truth t = Truth.TRUE;
        if (m.hasRange()) {
            for (Bound b : new Bound[] {m.start(), m.end()}) {
                if (b != null) {
                    t = t.and(b.admits(parsed, hw.value()));
                }
            }
        } else {
            t = sameVersion(hw.value(), parsed, c.version());
        }
        return new Version(t, verdict("hardware version " + hw.value(), t, m, c.product().text()), hw);
    }

    /** A device version against a CPE's own version (which may hold CPE wildcards: "2.6*"). */
    private static Truth sameVersion(String text, FirmwareVersion version, String cpeVersion) {
        if (cpeVersion.contains("*") || cpeVersion.contains("?")) {
            String glob = Pattern.quote(cpeVersion).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
            String candidate = version != null ? version.core() : text.strip();
            return Truth.of(Pattern.compile(glob, Pattern.CASE_INSENSITIVE).matcher(candidate).matches());
        }
        VersionComparison c = version != null ? FirmwareVersion.read(cpeVersion).map(version::compareWith)
                .orElse(FirmwareVersion.compare(text, cpeVersion)) : FirmwareVersion.compare(text, cpeVersion);
        return c == VersionComparison.UNKNOWN ? Truth.UNKNOWN : Truth.of(c == VersionComparison.EQUAL);
    }

    private static MatchStep step(CompiledMatch m, CompiledMatch.Place place, Truth truth, DeviceFacts.Fact fact) {
        return new MatchStep(place.where() + (m.vulnerable() ? "" : " (platform)"), m.criterion().criteria(),
                m.range(), fact == null ? null : fact.field(), fact == null ? null : fact.value(),
                fact == null ? null : fact.source(), truth.result());
    }
}
