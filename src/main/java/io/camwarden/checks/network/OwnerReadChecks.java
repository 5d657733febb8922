package io.camwarden.checks.network;

import io.camwarden.checks.Decision;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks decided from what ONVIF shows with the owner's credentials (--credentials): the accounts (AUTH-08) and
 * the IP address filter (CFG-04). Both settings sit behind authentication on a conforming device, so without
 * the owner's credentials they are NOT_TESTED, saying how to decide them.
 */
final class OwnerReadChecks {

    static final String NEEDS_CREDENTIALS = "Give the owner's credentials for the device (--credentials FILE, as for"
            + " the scan) so CamWarden can read this setting over ONVIF.";

    private OwnerReadChecks() {
    }

    /** AUTH-08: no legacy, guest, anonymous or extra administrator accounts. */
    static final class ExtraAccounts extends NetworkCheck {
        /**
         * Account names the catalogue names as legacy, guest or default secondary accounts: Dahua's 888888, 666666
         * and hidden "default", Samsung's guest, Bosch's "user" and "live", and anonymous ones.
         */
        static final Set<String> LEGACY = Set.of("888888", "666666", "default", "guest", "anonymous", "user", "live");

        public String checkId() {
            return "AUTH-08";
        }

        public String howDecided() {
            return "ONVIF GetUsers with the owner's credentials (--credentials), or without any when the device answers"
                    + " it to anyone: an account named 888888, 666666, default, guest, anonymous, user or live, an"
                    + " account of UserLevel Anonymous, or more than one Administrator fails. Without the owner's"
                    + " credentials and with GetUsers refused, NOT_TESTED.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            if (live.onvif().isEmpty()) {
                return Decision.notTested(Evidence.of("The device offers no ONVIF service to list its accounts from;"
                        + " review them on the device and record it in the owner questionnaire."));
            }
            List<Evidence.Fact> facts = new ArrayList<>();
            for (LiveEvidence.Onvif o : live.onvif()) {
                LiveEvidence.Owner owner = o.owner();
                if (owner == null || !owner.users().equals("ANSWERED")) {
                    if (owner != null) {
                        facts.add(fact("onvif.GetUsers", owner.usersDetail(), "as " + owner.user() + ", " + o.deviceService()));
                    }
                    continue;
                }
                List<String> flagged = new ArrayList<>();
                int admins = 0;
                for (LiveEvidence.Account a : owner.accounts()) {
                    String level = a.level() == null ? "" : a.level();
                    facts.add(fact("onvif.account", a.username() + " (" + (level.isEmpty() ? "no level" : level) + ")",
                            "GetUsers as " + owner.user() + ", " + o.deviceService()));
                    if (level.equalsIgnoreCase("Administrator")) {
                        admins++;
                    }
                    if (LEGACY.contains(a.username().toLowerCase(Locale.ROOT))) {
                        flagged.add(a.username() + " (a legacy, guest or default account name)");
                    } else if (level.equalsIgnoreCase("Anonymous")) {
                        flagged.add(a.username() + " (UserLevel Anonymous)");
                    }
                }
                if (admins > 1) {
                    flagged.add(admins + " Administrator accounts (one named administrator is expected)");
                }
                if (!flagged.isEmpty()) {
                    return result(Outcome.FAIL, scan, o.port(), "Accounts beyond the named, role-based ones are enabled: "
                            + String.join("; ", flagged) + ".", facts);
                }
                return result(Outcome.PASS, scan, null, "The " + owner.accounts().size() + " ONVIF accounts are named,"
                        + " role-based ones with a single administrator.", facts);
            }
            return Decision.notTested(new Evidence("The device's account list could not be read. " + NEEDS_CREDENTIALS,
                    facts));
        }
    }

    /** CFG-04: a device-level IP allow-list restricts who reaches management and streaming. */
    static final class AccessFilter extends NetworkCheck {
        public String checkId() {
            return "CFG-04";
        }

        public String howDecided() {
            return "ONVIF GetIPAddressFilter with the owner's credentials (--credentials): an Allow list of specific"
                    + " addresses passes; no filter (an empty list), a Deny list, or an entry that allows every address"
                    + " (prefix length 0) fails. A device that says it has no IP filter (ActionNotSupported) is"
                    + " NOT_APPLICABLE (the catalogue asks for it where supported).";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            if (live.onvif().isEmpty()) {
                return Decision.notTested(Evidence.of("The device offers no ONVIF service to read its IP filter from;"
                        + " check it on the device and record it in the owner questionnaire."));
            }
            List<Evidence.Fact> facts = new ArrayList<>();
            boolean unsupported = false;
            for (LiveEvidence.Onvif o : live.onvif()) {
                LiveEvidence.Owner owner = o.owner();
                if (owner == null) {
                    continue;
                }
                String source = "GetIPAddressFilter as " + owner.user() + ", " + o.deviceService();
                if (!owner.ipFilter().equals("ANSWERED")) {
                    facts.add(fact("onvif.GetIPAddressFilter", owner.ipFilterDetail(), source));
                    unsupported |= owner.ipFilterDetail() != null
                            && owner.ipFilterDetail().matches("(?s).*(ActionNotSupported|NotSupported|not supported).*");
                    continue;
                }
                facts.add(fact("onvif.ip_filter.type", owner.ipFilterType(), source));
                owner.ipFilterAddresses().forEach(a -> facts.add(fact("onvif.ip_filter.address", a, source)));
                boolean allow = owner.ipFilterType().equalsIgnoreCase("Allow");
                if (owner.ipFilterAddresses().isEmpty()) {
                    return result(Outcome.FAIL, scan, o.port(), "No IP address filter is set: every address may reach"
                            + " the device's management and streams.", facts);
                }
                if (!allow) {
                    return result(Outcome.FAIL, scan, o.port(), "The IP filter is a Deny list: it keeps "
                            + owner.ipFilterAddresses().size() + " address range(s) out and lets every other address in.",
                            facts);
                }
                if (owner.ipFilterAddresses().stream().anyMatch(a -> a.endsWith("/0"))) {
                    return result(Outcome.FAIL, scan, o.port(), "The IP allow-list lets every address in (an entry with"
                            + " prefix length 0).", facts);
                }
                return result(Outcome.PASS, scan, null, "An IP allow-list restricts the device to "
                        + String.join(", ", owner.ipFilterAddresses()) + ".", facts);
            }
            if (unsupported) {
                return Decision.notApplicable(new Evidence("The device has no ONVIF IP address filter; restrict who"
                        + " reaches it on the network instead (NET-06).", facts));
            }
            return Decision.notTested(new Evidence("The IP filter could not be read. " + NEEDS_CREDENTIALS, facts));
        }
    }
}
