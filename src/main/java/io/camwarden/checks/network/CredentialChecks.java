package io.camwarden.checks.network;

import io.camwarden.checks.Decision;
import io.camwarden.checks.credential.CredentialAuditResult;
import io.camwarden.checks.credential.CredentialCandidate;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import java.util.ArrayList;
import java.util.List;

/** AUTH-01 (factory defaults) and AUTH-02 (weak passwords), both decided by the one credential audit. */
final class CredentialChecks {

    private CredentialChecks() {
    }

    /** AUTH-01: no factory default pair is accepted on any interface. */
    static final class DefaultCredentials extends NetworkCheck {
        public String checkId() {
            return "AUTH-01";
        }

        public String howDecided() {
            return "Credential audit: the device's vendor defaults from the shipped list (then the defaults commonest"
                    + " across vendors), each pair once on each login service it applies to (RTSP DESCRIBE, ONVIF"
                    + " WS-UsernameToken, HTTP Basic/Digest, telnet), at most 6 attempts per device in all, one per"
                    + " second (from the end of one attempt to the start of the next), stopping at the first success or"
                    + " sign of lock-out. FAIL names the interface, the user name and the pair's source.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            CredentialAuditResult r = live.credentials();
            if (r == null) {
                return Decision.notTested(Evidence.of("The credential audit was not run in this assessment."));
            }
            List<Evidence.Fact> facts = facts(r);
            return switch (r.stop()) {
                case FOUND -> r.found().kind() == CredentialCandidate.Kind.VENDOR_DEFAULT
                        ? result(Outcome.FAIL, scan, r.foundOn().port(), "A factory default login works: " + r.stopReason()
                        + ".", facts)
                        : result(Outcome.PASS, scan, null, "No factory default was accepted (" + r.defaultsTried()
                        + " tried); a common weak password was (see AUTH-02).", facts);
                case LOCKED_OUT -> Decision.notTested(new Evidence("Stopped before deciding: " + r.stopReason() + ".", facts));
                case NO_TARGET -> Decision.notApplicable(new Evidence("No service of the device asks for credentials"
                        + " (open services are checks AUTH-03 and AUTH-04).", facts));
                case EXHAUSTED, BUDGET_SPENT -> r.defaultsTried() == 0
                        ? Decision.notTested(new Evidence("No factory default pair applied to the device's services.", facts))
                        : result(Outcome.PASS, scan, null, "None of the " + r.defaultsTried() + " factory default pairs"
                        + " tried was accepted" + (r.defaultsUntried() > 0 ? "; " + r.defaultsUntried()
                        + " less likely ones stayed untried within the budget" : "") + ".", facts);
            };
        }
    }

    /** AUTH-02: no common weak password is accepted (a vendor default is weak too). */
    static final class WeakPasswords extends NetworkCheck {
        public String checkId() {
            return "AUTH-02";
        }

        public String howDecided() {
            return "The same credential audit: any accepted pair from the vendor defaults or the short AUTH-02 dictionary"
                    + " (123456, 888888, admin123, ...) fails, since both are weak; PASS needs the dictionary tried"
                    + " within the budget without success.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            CredentialAuditResult r = live.credentials();
            if (r == null) {
                return Decision.notTested(Evidence.of("The credential audit was not run in this assessment."));
            }
            List<Evidence.Fact> facts = facts(r);
            return switch (r.stop()) {
                case FOUND -> result(Outcome.FAIL, scan, r.foundOn().port(), "A weak password works: " + r.stopReason()
                        + (r.found().kind() == CredentialCandidate.Kind.VENDOR_DEFAULT ? " (a vendor default)." : "."), facts);
                case LOCKED_OUT -> Decision.notTested(new Evidence("Stopped before deciding: " + r.stopReason() + ".", facts));
                case NO_TARGET -> Decision.notApplicable(new Evidence("No service of the device asks for credentials.", facts));
                case EXHAUSTED, BUDGET_SPENT -> r.weakTried() == 0
                        ? Decision.notTested(new Evidence("The budget went to the vendor defaults; no dictionary"
                        + " password was tried. Raise the budget to test AUTH-02.", facts))
                        : result(Outcome.PASS, scan, null, "None of the " + r.weakTried() + " common weak passwords tried"
                        + " was accepted.", facts);
            };
        }
    }

    static List<Evidence.Fact> facts(CredentialAuditResult r) {
        List<Evidence.Fact> facts = new ArrayList<>();
        facts.add(Evidence.fact("credential_audit.stop", r.stop() + ": " + r.stopReason(), "credential audit"));
        facts.add(Evidence.fact("credential_audit.attempts", r.attempts().size(), "credential audit"));
        for (var a : r.attempts()) {
            facts.add(Evidence.fact("attempt", a.protocol().label() + " port " + a.port() + " user " + a.username()
                    + ": " + a.outcome() + (a.status() > 0 ? " (" + a.status() + ")" : "") + ", " + a.detail(),
                    "credential audit"));
        }
        if (r.found() != null) {
            facts.add(Evidence.fact("credential.source", r.found().reason(), "shipped credential data"));
        }
        return facts;
    }
}
