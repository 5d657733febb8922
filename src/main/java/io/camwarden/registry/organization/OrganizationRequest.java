package io.camwarden.registry.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Create or replace an organisation. Enumerations are strings so that bad values get a clear message. */
public record OrganizationRequest(
        @Schema(description = "Name, unique among its siblings", example = "District 1 Police", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        @Schema(description = "REGULATOR, POLICE, INSPECTORATE, ISP, OWNER or SUBSCRIBER", example = "OWNER",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String kind,
        @Schema(description = "Parent organisation; empty for a root") Long parentId,
        List<ContactRequest> contacts) {

    /** One contact; language is vi, fa or en. */
    public record ContactRequest(String name, String email, String phone, String postalAddress,
                                 @Schema(example = "vi") String language) {
    }
}
