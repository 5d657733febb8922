package io.camwarden.console.device;

import static io.camwarden.console.FormValues.date;
import static io.camwarden.console.FormValues.text;

import io.camwarden.domain.Decommission;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.device.DecommissionRequest;

/** The decommission form as the browser sends it; an unticked box sends nothing, so null means "no". */
public record DecommissionForm(String disposition, String wipeMethod, String wipedOn, String wipeEvidence,
                               String credentialsRevoked, String recipient, String note) {

    public static final DecommissionForm EMPTY = new DecommissionForm("", "", "", "", null, "", "");

    public static DecommissionForm of(Decommission d) {
        return new DecommissionForm(d.disposition().name(), d.wipeMethod().name(), text(d.wipedOn()),
                text(d.wipeEvidence()), d.credentialsRevoked() ? "true" : null, text(d.recipient()), text(d.note()));
    }

    public boolean revoked() {
        return "true".equals(credentialsRevoked) || "on".equals(credentialsRevoked);
    }

    /** The request for the service; a wipe date that is not a date goes to errors. */
    public DecommissionRequest toRequest(FieldErrors errors) {
        return new DecommissionRequest(disposition, wipeMethod, date(wipedOn, "wipedOn", errors), wipeEvidence,
                revoked(), recipient, note);
    }
}
