package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.Device;
import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.identity.VendorNames;
import java.util.List;

/**
 * INV-05: the device's vendor (or the brand it is sold under) and model are on no active warned-vendor list
 * entry. Each matching entry is named in the evidence with its authority, instrument and source, and the
 * list's own remark on the brand ("verify", "historic") — a remark that marks a lead, not a fact.
 */
public final class WarnedVendorCheck implements CheckUnit {

    private final WarnedVendorMatcher matcher;

    public WarnedVendorCheck(VendorNames names) {
        this.matcher = new WarnedVendorMatcher(names);
    }

    @Override
    public String checkId() {
        return "INV-05";
    }

    @Override
    public String howDecided() {
        return "From the registry: the device's vendor and model against the active entries of the warned-vendor"
                + " lists the regulator keeps (/api/v1/warned-vendors; seeded from warned_vendor_lists.csv). A"
                + " vendor matches an entry's vendor or one of its related brands and OEM relabels (Dahua → Imou,"
                + " Amcrest, KBVision; Hikvision → Ezviz, HiLook), spelled any way VendorNames knows. An entry may"
                + " name a model prefix and a minimum security level. FAIL on a match, naming the entry's"
                + " authority, instrument and source; NOT_TESTED when the vendor is not recorded. An approved"
                + " exception is recorded by accepting the finding's risk.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        Device d = f.device();
        FactList facts = new FactList().add("device.vendor", d.vendor(), f.deviceSource())
                .add("device.model", d.model(), f.deviceSource());
        if (FactList.blank(d.vendor())) {
            return Decision.notTested(facts.evidence("The device's vendor is not recorded, so it cannot be matched"
                    + " against the warned-vendor lists: record the vendor."));
        }
        List<WarnedVendor> active = f.warnedVendors().stream().filter(WarnedVendor::active).toList();
        WarnedVendorMatcher.Report r = matcher.match(d.vendor(), d.model(), f.securityLevel(), active);
        for (WarnedVendorMatcher.Match m : r.matches()) {
            describe(facts, m, "warned_vendor");
        }
        for (WarnedVendorMatcher.Match m : r.belowLevel()) {
            describe(facts, m, "warned_vendor_below_level");
        }
        if (!r.matches().isEmpty()) {
            WarnedVendorMatcher.Match first = r.matches().getFirst();
            String via = first.brand() ? "'" + d.vendor() + "' is " + first.listedName() + ", a related brand of "
                    + first.entry().vendor() + (first.remark() == null ? "" : " (the list says: " + first.remark() + ")")
                    : "'" + d.vendor() + "' is " + first.entry().vendor();
            return Decision.fail(facts.evidence(via + ", listed by " + first.entry().authority() + " under "
                    + first.entry().instrument() + (r.matches().size() > 1 ? "; " + (r.matches().size() - 1)
                    + " more list entr" + (r.matches().size() == 2 ? "y matches" : "ies match") : "")
                    + ". Replace the device, or record an approved exception by accepting the finding's risk."));
        }
        facts.add("warned_vendor_entries_checked", active.size(), "warned-vendor lists");
        return Decision.pass(facts.evidence("'" + d.vendor() + "' matches none of the " + active.size()
                + " active warned-vendor entries" + (r.belowLevel().isEmpty() ? "" : " that apply at this level")
                + "."));
    }

    private static void describe(FactList facts, WarnedVendorMatcher.Match m, String name) {
        WarnedVendor e = m.entry();
        String src = "warned-vendor entry " + e.id() + " (source: " + e.source() + ")";
        facts.add(name + ".vendor", e.vendor(), src);
        if (m.brand()) {
            facts.add(name + ".brand", m.listedName() + (m.remark() == null ? "" : " (" + m.remark() + ")"), src);
        }
        if (e.model() != null) {
            facts.add(name + ".model", e.model(), src);
        }
        if (e.minLevel() != null) {
            facts.add(name + ".min_level", e.minLevel(), src);
        }
        facts.add(name + ".authority", e.authority(), src)
                .add(name + ".instrument", e.instrument(), src)
                .add(name + ".scope", e.scope(), src);
    }
}
