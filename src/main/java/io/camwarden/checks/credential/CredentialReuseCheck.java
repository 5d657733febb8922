package io.camwarden.checks.credential;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * AUTH-06: one credential accepted by more than one device. Decided by the server across the owner's fleet from
 * what the credential audit found (the found credentials' keyed fingerprints, compared by equality, so no
 * password is opened or shown). The owner organisation is the fleet: it is the one that must give each device its
 * own password (D724 §2.2), and comparing further would tell one owner about another's devices.
 */
public final class CredentialReuseCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "AUTH-06";
    }

    @Override
    public String howDecided() {
        return "Across the owner's devices, from the credentials the credential audit found: the same user name and"
                + " password working on another device of the same owner fails (compared by keyed HMAC-SHA256"
                + " fingerprints under the vault key, never by opening the sealed passwords). PASS when a credential"
                + " was found on the device and on no other; NOT_TESTED while none is known (the password of a device"
                + " the audit could not log into cannot be compared over the network).";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts facts = subject.facts();
        if (facts == null) {
            return Decision.notTested(Evidence.of("Reuse across devices is compared by the server: upload the audit"
                    + " (camwarden audit --server URL) to decide this check."));
        }
        List<DeviceFacts.FoundCredential> found = facts.foundCredentials();
        if (found.isEmpty()) {
            return Decision.notTested(Evidence.of("No working credential of this device is known to CamWarden (the"
                    + " credential audit found none, or did not run), so whether it is shared cannot be compared."));
        }
        List<Evidence.Fact> evidence = new ArrayList<>();
        DeviceFacts.FoundCredential shared = null;
        for (DeviceFacts.FoundCredential c : found) {
            evidence.add(Evidence.fact("found_credential", c.protocol() + " port " + c.port() + ": user " + c.username()
                    + ", password " + c.passwordHint(), "credential audit" + (c.foundAt() == null ? "" : " " + c.foundAt())));
            if (!c.sharedWith().isEmpty()) {
                evidence.add(Evidence.fact("also_works_on", c.sharedWith().stream().map(id -> "device " + id).toList()
                        .toString(), "same keyed fingerprint, owner organization " + facts.device().ownerOrganizationId()));
                shared = shared == null ? c : shared;
            }
        }
        if (shared != null) {
            return new Decision(Outcome.FAIL, new Evidence("The credential of user " + shared.username() + " ("
                    + shared.protocol() + " port " + shared.port() + ") also works on " + shared.sharedWith().size()
                    + " other device" + (shared.sharedWith().size() == 1 ? "" : "s") + " of the owner: each device"
                    + " needs its own password.", evidence), null, shared.port());
        }
        return new Decision(Outcome.PASS, new Evidence("The credential found on this device was found on no other"
                + " device of the owner.", evidence), null, null);
    }
}
