package io.camwarden.checks.network;

import io.camwarden.checks.Decision;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import java.util.ArrayList;
import java.util.List;

/**
 * AUTH-05: no device waits un-activated on a production network, where anyone who reaches it first sets its
 * password. Decided from the vendors' own discovery replies (Hikvision SADP, Dahua DHIP), asked by unicast.
 */
final class ActivationCheck extends NetworkCheck {

    public String checkId() {
        return "AUTH-05";
    }

    public String howDecided() {
        return "Unicast Hikvision SADP inquiry (udp/37020) and Dahua DHIP search (udp/37810): a reply saying"
                + " Activated=false, or a DHIP Init of false or \"uninitialized\", fails. PASS when every reply says"
                + " the device is set up, or none comes (vendors whose devices force activation answer these"
                + " protocols). A reply with no readable flag (older SADP firmware, the numeric DHIP Init whose"
                + " encoding Dahua does not publish) is NOT_TESTED. Devices that answer SADP only by multicast need a"
                + " sensor on their segment; the web interface's first-time setup page is not read.";
    }

    Decision decide(HostReport scan, LiveEvidence live) {
        List<Evidence.Fact> facts = new ArrayList<>();
        boolean unknown = false;
        LiveEvidence.Activation inactive = null;
        for (LiveEvidence.Activation a : live.activation()) {
            facts.add(fact(a.protocol().toLowerCase(java.util.Locale.ROOT) + ".reply", (a.model() == null ? "device" : a.model())
                    + (a.firmware() == null ? "" : " " + a.firmware()) + ": " + a.flag(),
                    a.protocol() + " discovery reply"));
            switch (a.state()) {
                case "INACTIVE" -> inactive = inactive == null ? a : inactive;
                case "ACTIVATED" -> {
                }
                default -> unknown = true;
            }
        }
        if (inactive != null) {
            int port = inactive.protocol().equals("SADP") ? 37020 : 37810;
            return result(Outcome.FAIL, scan, port, "The device is not activated (" + inactive.protocol() + " "
                    + inactive.flag() + "): whoever reaches it first can set its password and take it over.", facts);
        }
        if (unknown) {
            return Decision.notTested(new Evidence("The vendor discovery reply carries no activation flag CamWarden"
                    + " can read; check on the device that it was activated with an owner-chosen password.", facts));
        }
        return result(Outcome.PASS, scan, null, live.activation().isEmpty()
                ? "No SADP or DHIP reply says the device waits for activation (none answered)."
                : "The vendor discovery reply says the device is activated.", facts);
    }
}
