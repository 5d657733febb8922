package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.Decommission;

/**
 * DAT-03: a device that left service (retired, transferred, returned to the vendor, destroyed) was wiped
 * first, and a document shows it. Decided on the decommission record; a device in service has nothing to
 * decide yet.
 */
public final class DecommissionWipeCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "DAT-03";
    }

    @Override
    public String notObservable() {
        return "A wipe happens when the device leaves service; by then it is off the network.";
    }

    @Override
    public String howDecided() {
        return "The registry's decommission step: POST /api/v1/devices/{id}/decommission records how the device left"
                + " (RETIRED, TRANSFERRED, RETURNED_TO_VENDOR, DESTROYED), the wipe method (FACTORY_RESET,"
                + " SECURE_ERASE, STORAGE_DESTROYED, or NOT_WIPED), its date, the document that shows it and whether"
                + " credentials and certificates were revoked. The device stays in the registry as the record of how"
                + " it left, and every other check is NOT_APPLICABLE for it. PASS with a wipe, its date and its"
                + " evidence; FAIL when it left NOT_WIPED or without evidence (posting the record again with the"
                + " wipe evidence fixes it); NOT_APPLICABLE while the device is in service. A transfer to another"
                + " owner is a decommission with disposition TRANSFERRED (the new owner registers the device anew);"
                + " deleting a device is for records entered in error and leaves only its history, so it cannot be"
                + " checked.";
    }

    @Override
    public boolean decidesDecommissioned() {
        return true;
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        Decommission d = f.decommission();
        if (d == null) {
            return Decision.notApplicable(new FactList().add("device.decommissioned", "no", f.deviceSource())
                    .evidence("The device is in service: DAT-03 is decided when it leaves service (POST"
                            + " /api/v1/devices/" + f.device().id() + "/decommission with the wipe evidence)."));
        }
        String src = f.deviceSource() + " decommission record";
        FactList facts = new FactList().add("decommission.disposition", d.disposition(), src)
                .add("decommission.decommissioned", "by " + d.decommissionedBy() + " at " + d.decommissionedAt(), src)
                .add("decommission.wipe_method", d.wipeMethod(), src)
                .add("decommission.wiped_on", d.wipedOn(), src)
                .add("decommission.wipe_evidence", d.wipeEvidence(), src)
                .add("decommission.credentials_revoked", d.credentialsRevoked() ? "yes" : "no", src);
        if (d.recipient() != null) {
            facts.add("decommission.recipient", d.recipient(), src);
        }
        if (d.wipeMethod() == Decommission.WipeMethod.NOT_WIPED) {
            return Decision.fail(facts.evidence("The device left service (" + d.disposition() + ") without a secure"
                    + " wipe: its recordings, configuration and credentials may still be on it. Wipe it (factory reset"
                    + " and storage erase, Decision 724 §8, ETSI EN 303 645 5.11-1) and record the evidence."));
        }
        if (!d.wiped()) {
            return Decision.fail(facts.evidence("The device left service (" + d.disposition() + ") with a "
                    + d.wipeMethod().label() + " on record but " + (d.wipedOn() == null ? "no wipe date" : "no document")
                    + " that shows it: record the wipe evidence."));
        }
        return Decision.pass(facts.evidence("The device was wiped (" + d.wipeMethod().label() + ", " + d.wipedOn()
                + ") when it left service as " + d.disposition() + "; evidence: " + d.wipeEvidence()
                + (d.credentialsRevoked() ? "." : ". Its credentials and certificates were not recorded as revoked.")));
    }
}
