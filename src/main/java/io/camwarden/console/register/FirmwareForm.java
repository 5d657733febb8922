package io.camwarden.console.register;

import static io.camwarden.console.FormValues.text;

import io.camwarden.checks.FirmwareRegisterRequest;
import io.camwarden.console.FormValues;
import io.camwarden.domain.check.FirmwareRegisterEntry;
import io.camwarden.registry.FieldErrors;

/** The firmware register form as the browser sends it; an unticked box sends nothing, so null means "no". */
public record FirmwareForm(String vendor, String modelPattern, String version, String releasedOn, String security,
                           String reference, String source) {

    public static final FirmwareForm EMPTY = new FirmwareForm("", "", "", "", null, "", "");

    public static FirmwareForm of(FirmwareRegisterEntry e) {
        return new FirmwareForm(e.vendor(), e.modelPattern(), e.version(), text(e.releasedOn()),
                e.security() ? "true" : null, text(e.reference()), text(e.source()));
    }

    public boolean securityRelease() {
        return "true".equals(security) || "on".equals(security);
    }

    /** The request for the service; a release date that is not a date goes to errors. */
    public FirmwareRegisterRequest toRequest(FieldErrors errors) {
        return new FirmwareRegisterRequest(vendor, modelPattern, version,
                FormValues.date(releasedOn, "releasedOn", errors), securityRelease(), reference, source);
    }
}
