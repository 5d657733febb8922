package io.camwarden.domain.check;

import java.time.Instant;
import java.util.List;

/**
 * An entry of a list of vendors that an authority has warned about or restricted (INV-05): the vendor,
 * its related brands and OEM relabels, who listed it under which instrument, and the source. The
 * regulator adds and retires entries; a retired entry stays for the record but no longer matches.
 * {@code model} narrows an entry to models starting with that text; {@code minLevel} limits it to
 * information systems of that level or higher (a policy-driven list "strict for L3+").
 */
public record WarnedVendor(Long id, String vendor, List<Brand> brands, String brandsText, String model,
                           Integer minLevel, String authority, String jurisdiction, String instrument, String scope,
                           String effective, String source, Instant addedAt, String addedBy, Instant retiredAt,
                           String retiredBy, String retiredReason) {

    /** A brand or OEM relabel of the vendor, with the list's own remark such as "verify" or "historic". */
    public record Brand(String name, String remark) {
    }

    public WarnedVendor {
        brands = brands == null ? List.of() : List.copyOf(brands);
    }

    public boolean active() {
        return retiredAt == null;
    }
}
