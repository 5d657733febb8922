package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.Contact;
import io.camwarden.domain.Organization;
import io.camwarden.domain.OrganizationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * INV-07: someone can be told about the device's findings. The owner or the operator organisation must have
 * a contact reachable quickly (an e-mail address or a phone number; a postal address alone is too slow
 * for a notice). A device owned by a SUBSCRIBER household must also sit under an ISP organisation, which
 * Directive 23 §8b makes responsible for notifying its subscribers.
 */
public final class ContactCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "INV-07";
    }

    @Override
    public String howDecided() {
        return "From the registry: the contacts of the device's owner and operator organisations. FAIL when"
                + " neither has a contact with an e-mail address or phone number, or when the owner is a"
                + " SUBSCRIBER with no ISP organisation above it.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        FactList facts = new FactList();
        List<String> reachable = new ArrayList<>();
        consider("owner", f.owner(), facts, reachable);
        consider("operator", f.operator(), facts, reachable);
        List<String> problems = new ArrayList<>();
        if (reachable.isEmpty()) {
            problems.add("neither the owner nor the operator has a contact with an e-mail address or phone number:"
                    + " add one to the organisation");
        }
        if (f.owner() != null && f.owner().kind() == OrganizationKind.SUBSCRIBER) {
            facts.add("owner.isp", f.ownerIsp() == null ? null : f.ownerIsp().name(),
                    DeviceFacts.organizationSource(f.owner()));
            if (f.ownerIsp() == null) {
                problems.add("the owner is a subscriber household under no ISP organisation, so no ISP can notify"
                        + " it: move it under its ISP");
            }
        }
        if (!problems.isEmpty()) {
            return Decision.fail(facts.evidence(capitalise(String.join("; ", problems)) + "."));
        }
        return Decision.pass(facts.evidence("Reachable through the " + String.join(" and the ", reachable)
                + (f.ownerIsp() != null && f.owner().kind() == OrganizationKind.SUBSCRIBER
                ? ", and ISP '" + f.ownerIsp().name() + "' for the subscriber" : "") + "."));
    }

    private static void consider(String role, Organization o, FactList facts, List<String> reachable) {
        if (o == null) {
            return;
        }
        String channels = channels(o);
        facts.add(role + ".contacts", channels, DeviceFacts.organizationSource(o));
        if (!channels.isEmpty()) {
            reachable.add(role + " '" + o.name() + "'");
        }
    }

    /** "email, phone" for the first contact that has either; empty when none does. */
    private static String channels(Organization o) {
        for (Contact c : o.contacts()) {
            List<String> ch = new ArrayList<>();
            if (!FactList.blank(c.email())) {
                ch.add("e-mail");
            }
            if (!FactList.blank(c.phone())) {
                ch.add("phone");
            }
            if (!ch.isEmpty()) {
                return (FactList.blank(c.name()) ? "a contact" : c.name()) + " (" + String.join(", ", ch) + ")";
            }
        }
        return "";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
