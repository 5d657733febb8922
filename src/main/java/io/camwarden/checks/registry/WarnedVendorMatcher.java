package io.camwarden.checks.registry;

import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.identity.VendorNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matches a device's vendor and model against warned-vendor entries. Names are compared by their canonical
 * vendor name (identity's VendorNames: "HIKVISION", "Hangzhou Hikvision Digital Technology Co., Ltd." and
 * "Hikvision" are one vendor), then by key (case, punctuation, accents and legal forms ignored). A device
 * vendor matches an entry's vendor or any of its related brands (Dahua → Imou, Amcrest, KBVision;
 * Hikvision → Ezviz, HiLook); one name that is the other plus more words also matches ("Hytera" and
 * "Hytera Communications"), since lists give legal names and devices report short ones.
 */
public final class WarnedVendorMatcher {

    /** An entry the device matched, by which of its names, and the list's remark on that name. */
    public record Match(WarnedVendor entry, String listedName, String remark, boolean brand) {
    }

    /** Entries that matched, and those that matched but do not apply below their minimum level. */
    public record Report(List<Match> matches, List<Match> belowLevel) {
    }

    private final VendorNames names;

    public WarnedVendorMatcher(VendorNames names) {
        this.names = names;
    }

    public Report match(String vendor, String model, Integer level, List<WarnedVendor> entries) {
        List<Match> matches = new ArrayList<>();
        List<Match> below = new ArrayList<>();
        String deviceKey = key(vendor);
        if (deviceKey.isEmpty()) {
            return new Report(matches, below);
        }
        for (WarnedVendor e : entries) {
            if (!e.active() || !modelMatches(e.model(), model)) {
                continue;
            }
            Match m = null;
            if (sameVendor(deviceKey, key(e.vendor()))) {
                m = new Match(e, e.vendor(), null, false);
            } else {
                for (WarnedVendor.Brand b : e.brands()) {
                    if (sameVendor(deviceKey, key(b.name()))) {
                        m = new Match(e, b.name(), b.remark(), true);
                        break;
                    }
                }
            }
            if (m == null) {
                continue;
            }
            if (e.minLevel() != null && level != null && level < e.minLevel()) {
                below.add(m);
            } else {
                matches.add(m);
            }
        }
        return new Report(matches, below);
    }

    private String key(String name) {
        return name == null ? "" : VendorNames.key(names.canonical(name).orElse(""));
    }

    static boolean sameVendor(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    /** An entry without a model covers every model; otherwise the device model must start with it. */
    private static boolean modelMatches(String listed, String model) {
        if (listed == null || listed.isBlank()) {
            return true;
        }
        return model != null && model.strip().toLowerCase(Locale.ROOT).startsWith(listed.strip().toLowerCase(Locale.ROOT));
    }
}
