package io.camwarden.console.register;

import static io.camwarden.console.FormValues.text;

import io.camwarden.checks.VendorRegisterRequest;
import io.camwarden.domain.check.VendorRecord;

/** The vendor register form as the browser sends it; an empty field means none is known, as in the API. */
public record VendorForm(String vendor, String disclosureChannel, String advisoryFeed, String supportPeriod,
                         String source, String note) {

    public static final VendorForm EMPTY = new VendorForm("", "", "", "", "", "");

    public static VendorForm of(VendorRecord v) {
        return new VendorForm(v.vendor(), text(v.disclosureChannel()), text(v.advisoryFeed()),
                text(v.supportPeriod()), text(v.source()), text(v.note()));
    }

    public VendorRegisterRequest toRequest() {
        return new VendorRegisterRequest(vendor, disclosureChannel, advisoryFeed, supportPeriod, source, note);
    }
}
