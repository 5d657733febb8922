package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.MatchStep;
import io.camwarden.domain.vuln.ProductKey;
import io.camwarden.domain.vuln.VendorAdvisory;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A vendor advisory compiled for matching: its vendor as NVD tokens, its model pattern as a glob over the
 * squashed model ({@code DS-2CD2*} covers DS-2CD2032-I and ds-2cd2032i alike), its firmware range read once.
 * An advisory covers a device when vendor and model pattern fit; then the device's firmware decides:
 * from {@code affectedFrom} (inclusive) up to {@code fixedIn} (exclusive) AFFECTED, outside NOT_AFFECTED,
 * and UNKNOWN when the firmware is missing or cannot be compared. A device without a model may or may not
 * be covered: UNKNOWN.
 */
final class AdvisoryRule {

    private final VendorAdvisory advisory;
    private final CpeVendors.Group vendor;
    private final ModelPattern model;
    private final Bound from;
    private final Bound fixed;

    private AdvisoryRule(VendorAdvisory advisory, CpeVendors.Group vendor, ModelPattern model) {
        this.advisory = advisory;
        this.vendor = vendor;
        this.model = model;
        this.from = Bound.of(advisory.affectedFrom(), true, true);
        this.fixed = Bound.of(advisory.fixedIn(), false, false);
    }

    /** Null when the advisory names no vendor CamWarden can file (blank or a placeholder). */
    static AdvisoryRule compile(VendorAdvisory a, CpeVendors vendors) {
        CpeVendors.Group group = vendors.ofVendor(a.vendor()).orElse(null);
        if (group == null || a.modelPattern() == null || a.modelPattern().isBlank()) {
            return null;
        }
        return new AdvisoryRule(a, group, ModelPattern.of(a.modelPattern()));
    }

    VendorAdvisory advisory() {
        return advisory;
    }

    /**
     * Its vendor's tokens with the model, or, when the pattern has wildcards, with its literal start and
     * {@value ProductKey#ANY_PRODUCT} ("DS-2CD2*" → "ds2cd2*"), as {@link ProductKey} files families.
     */
    Set<ProductKey> keys() {
        String glob = model.squashed();
        boolean wildcard = model.wildcard();
        int wild = wildcard ? Math.min(glob.indexOf('*') < 0 ? glob.length() : glob.indexOf('*'),
                glob.indexOf('?') < 0 ? glob.length() : glob.indexOf('?')) : -1;
        String product = wildcard ? glob.substring(0, wild) + ProductKey.ANY_PRODUCT : glob;
        Set<ProductKey> keys = new LinkedHashSet<>();
        for (String token : vendor.tokens()) {
            keys.add(new ProductKey(token, product));
        }
        return keys;
    }

    /** True when the device's vendor is the advisory's: only then can it say anything about the device. */
    boolean sameVendor(DeviceFacts device) {
        return !Collections.disjoint(device.vendorTokens(), vendor.tokens());
    }

    /** What the advisory says of the device; null when it does not cover the device's vendor or model. */
    AdvisoryEvaluation evaluate(DeviceFacts device) {
        if (!sameVendor(device)) {
            return null;
        }
        String name = "advisory " + advisory.id();
        if (device.models().isEmpty()) {
            return result(Truth.UNKNOWN, new DeviceFacts.Fact("model", null, null), name + " covers models "
                    + advisory.modelPattern() + " of " + advisory.vendor() + ", and the identity has no model");
        }
        if (device.models().stream().noneMatch(model::matchesSquashed)) {
            return null;
        }
        DeviceFacts.Fact fw = device.firmware();
        String range = range();
        if (fw == null) {
            return result(Truth.UNKNOWN, new DeviceFacts.Fact("firmware", null, null), name + " covers model "
                    + device.model().value() + " (" + range + "), and the identity has no firmware version");
        }
        Truth t = Truth.TRUE;
        for (Bound b : new Bound[] {from, fixed}) {
            if (b != null) {
                t = t.and(b.admits(device.firmwareVersion(), fw.value()));
            }
        }
        String what = name + " covers model " + device.model().value() + ": firmware " + fw.value();
        return result(t, fw, what + switch (t) {
            case TRUE -> " is affected (" + range + ")";
            case FALSE -> " is not affected (" + range + ")";
            case UNKNOWN -> " cannot be compared with " + range;
        });
    }

    /** "firmware from 5.2.0 (including) until 5.4.5, the first fixed". */
    String range() {
        String start = advisory.affectedFrom() == null ? "all firmware" : "firmware from " + advisory.affectedFrom()
                + " (including)";
        return start + (advisory.fixedIn() == null ? ", no fixed version" : " until " + advisory.fixedIn()
                + ", the first fixed");
    }

    private AdvisoryEvaluation result(Truth truth, DeviceFacts.Fact fact, String why) {
        MatchStep step = new MatchStep("advisory " + advisory.id() + (advisory.reference() == null ? ""
                : " (" + advisory.reference() + ")"), advisory.vendor() + " " + advisory.modelPattern(), range(),
                fact.field(), fact.value(), fact.source(), truth.result());
        return new AdvisoryEvaluation(this, truth, step, why);
    }
}
