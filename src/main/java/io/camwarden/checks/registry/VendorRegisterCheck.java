package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.check.VendorRecord;
import io.camwarden.identity.VendorNames;
import java.util.List;
import java.util.Optional;

/**
 * FW-04: the device's vendor runs a vulnerability-reporting channel, publishes security advisories and a
 * support period, as the regulator's vendor register records. Vendors are matched by the name VendorNames
 * gives them, so "HIKVISION" and "Hangzhou Hikvision Digital Technology Co., Ltd." are one entry.
 */
public final class VendorRegisterCheck implements CheckUnit {

    private final VendorNames names;

    public VendorRegisterCheck(VendorNames names) {
        this.names = names;
    }

    /** The register key of a vendor name: its canonical name's comparison key. */
    public static String key(VendorNames names, String vendor) {
        return VendorNames.key(names.canonical(vendor).orElse(vendor == null ? "" : vendor));
    }

    @Override
    public String checkId() {
        return "FW-04";
    }

    @Override
    public String notObservable() {
        return "A disclosure channel, an advisory feed and a published support period are facts about the vendor,"
                + " not the device.";
    }

    @Override
    public String howDecided() {
        return "The vendor register the regulator keeps (GET/POST /api/v1/vendor-register): per vendor, its"
                + " vulnerability-reporting channel (PSIRT page, security.txt, e-mail), its advisory feed and its"
                + " published support period, each with its source. The device's vendor is matched by the name"
                + " VendorNames gives it. PASS when its entry has all three; FAIL when the vendor has no entry or"
                + " the entry lacks one of them; NOT_TESTED when the device's vendor is not recorded, or the"
                + " register is still empty (the regulator has not started it). The support period of each device"
                + " is its end_of_support field (INV-06).";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        String vendor = f.device().vendor();
        FactList facts = new FactList().add("device.vendor", vendor, f.deviceSource());
        if (FactList.blank(vendor)) {
            return Decision.notTested(facts.evidence("The device's vendor is not recorded, so the vendor register"
                    + " cannot be consulted: record the vendor."));
        }
        List<VendorRecord> register = f.vendorRegister();
        if (register.isEmpty()) {
            return Decision.notTested(facts.evidence("The vendor register is empty: the regulator records vendors'"
                    + " disclosure channels, advisory feeds and support periods with POST /api/v1/vendor-register."));
        }
        String key = key(names, vendor);
        Optional<VendorRecord> entry = register.stream().filter(r -> key(names, r.vendor()).equals(key)).findFirst();
        if (entry.isEmpty()) {
            facts.add("vendor_register.entries", register.size(), "vendor register");
            return Decision.fail(facts.evidence("'" + vendor + "' is not in the vendor register: nothing shows that"
                    + " it runs a vulnerability-reporting channel, publishes advisories or a support period (Decision"
                    + " 724 §3-4, ETSI EN 303 645 5.2-1 and 5.3-13). Record what the vendor publishes, or treat it as a"
                    + " procurement gate."));
        }
        VendorRecord r = entry.get();
        String src = "vendor register entry " + r.id() + " (source: " + r.source() + ")";
        facts.add("vendor_register.vendor", r.vendor(), src)
                .add("vendor_register.disclosure_channel", r.disclosureChannel(), src)
                .add("vendor_register.advisory_feed", r.advisoryFeed(), src)
                .add("vendor_register.support_period", r.supportPeriod(), src);
        List<String> missing = r.missing();
        if (!missing.isEmpty()) {
            return Decision.fail(facts.evidence(r.vendor() + " lacks " + String.join(", ", missing) + " in the vendor"
                    + " register (Decision 724 §3-4, ETSI EN 303 645 5.2-1 and 5.3-13)."));
        }
        return Decision.pass(facts.evidence(r.vendor() + " has a vulnerability-reporting channel, an advisory feed and"
                + " a published support period in the vendor register."));
    }
}
