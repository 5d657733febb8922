package io.camwarden.console.system;

import io.camwarden.console.FormValues;
import io.camwarden.domain.InformationSystem;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.system.InformationSystemRequest;

/** The information-system form as the browser sends it. */
public record SystemForm(String organizationId, String name, String purpose, String securityLevel,
                         String dossierReference, String dossierApprovedOn, String dossierApprovedBy,
                         String lastAssessmentOn, String nextAssessmentOn) {

    public static SystemForm empty(String organizationId) {
        return new SystemForm(FormValues.text(organizationId), "", "", "", "", "", "", "", "");
    }

    public static SystemForm of(InformationSystem s) {
        var d = s.dossier();
        return new SystemForm(FormValues.text(s.organizationId()), s.name(), FormValues.text(s.purpose()),
                FormValues.text(s.securityLevel()), d == null ? "" : FormValues.text(d.reference()),
                d == null ? "" : FormValues.text(d.approvedOn()), d == null ? "" : FormValues.text(d.approvedBy()),
                FormValues.text(s.lastAssessmentOn()), FormValues.text(s.nextAssessmentOn()));
    }

    public InformationSystemRequest toRequest(FieldErrors errors) {
        return new InformationSystemRequest(FormValues.id(organizationId, "organizationId", errors), name, purpose,
                FormValues.integer(securityLevel, "securityLevel", errors), dossierReference,
                FormValues.date(dossierApprovedOn, "dossierApprovedOn", errors), dossierApprovedBy,
                FormValues.date(lastAssessmentOn, "lastAssessmentOn", errors),
                FormValues.date(nextAssessmentOn, "nextAssessmentOn", errors));
    }
}
