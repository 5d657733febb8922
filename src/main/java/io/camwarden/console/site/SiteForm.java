package io.camwarden.console.site;

import io.camwarden.console.FormValues;
import io.camwarden.domain.Site;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.site.SiteRequest;

/** The site form as the browser sends it. */
public record SiteForm(String organizationId, String name, String address, String district, String ward,
                       String latitude, String longitude) {

    public static SiteForm empty(String organizationId) {
        return new SiteForm(FormValues.text(organizationId), "", "", "", "", "", "");
    }

    public static SiteForm of(Site s) {
        return new SiteForm(FormValues.text(s.organizationId()), s.name(), FormValues.text(s.address()),
                FormValues.text(s.district()), FormValues.text(s.ward()), FormValues.text(s.latitude()),
                FormValues.text(s.longitude()));
    }

    public SiteRequest toRequest(FieldErrors errors) {
        return new SiteRequest(FormValues.id(organizationId, "organizationId", errors), name, address, district, ward,
                FormValues.decimal(latitude, "latitude", errors), FormValues.decimal(longitude, "longitude", errors));
    }
}
