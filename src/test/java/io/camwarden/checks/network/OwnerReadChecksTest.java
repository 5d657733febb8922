package io.camwarden.checks.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.Decision;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AUTH-08 and CFG-04 from the owner's ONVIF read. */
class OwnerReadChecksTest {

    private static final HostReport HOST = new HostReport("10.0.0.5", Instant.parse("2026-11-22T09:00:00Z"),
            List.of(new Service(80, ServiceProtocol.ONVIF, List.of())), Identity.UNKNOWN, null);

    private static LiveEvidence onvif(LiveEvidence.Owner owner) {
        return new LiveEvidence(List.of(), List.of(), List.of(new LiveEvidence.Onvif(80,
                "http://10.0.0.5/onvif/device_service", "FAULT", "FAULT", "FAULT", List.of(), null, owner)), List.of(),
                List.of(), null);
    }

    private static LiveEvidence.Owner accounts(LiveEvidence.Account... a) {
        return new LiveEvidence.Owner("admin", "ANSWERED", null, List.of(a), "NOT_ASKED", "not asked", null, List.of());
    }

    private static LiveEvidence.Owner filter(String type, String... addresses) {
        return new LiveEvidence.Owner("admin", "ANSWERED", null, List.of(), "ANSWERED", null, type, List.of(addresses));
    }

    private static Decision decide(CheckUnitKind unit, LiveEvidence live) {
        return unit.unit.decide(CheckSubject.scanned(null, HOST, live));
    }

    private enum CheckUnitKind {
        ACCOUNTS(new OwnerReadChecks.ExtraAccounts()), FILTER(new OwnerReadChecks.AccessFilter());

        final NetworkCheck unit;

        CheckUnitKind(NetworkCheck unit) {
            this.unit = unit;
        }
    }

    @Test
    void legacyGuestAnonymousAndSecondAdministratorAccountsFail() {
        LiveEvidence.Account admin = new LiveEvidence.Account("admin", "Administrator");
        assertThat(decide(CheckUnitKind.ACCOUNTS, onvif(accounts(admin, new LiveEvidence.Account("888888", "User"))))
                .evidence().summary()).contains("888888");
        assertThat(decide(CheckUnitKind.ACCOUNTS, onvif(accounts(admin, new LiveEvidence.Account("Guest", "User"))))
                .outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide(CheckUnitKind.ACCOUNTS, onvif(accounts(admin, new LiveEvidence.Account("viewer", "Anonymous"))))
                .outcome()).isEqualTo(Outcome.FAIL);
        Decision twoAdmins = decide(CheckUnitKind.ACCOUNTS, onvif(accounts(admin,
                new LiveEvidence.Account("installer", "Administrator"))));
        assertThat(twoAdmins.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(twoAdmins.evidence().summary()).contains("2 Administrator accounts");
        Decision named = decide(CheckUnitKind.ACCOUNTS, onvif(accounts(admin, new LiveEvidence.Account("operator", "Operator"))));
        assertThat(named.outcome()).isEqualTo(Outcome.PASS);
        assertThat(named.evidence().facts()).extracting(f -> f.value()).contains("operator (Operator)");
    }

    @Test
    void withoutTheOwnersReadBothAreNotTestedAndSayHow() {
        for (CheckUnitKind u : CheckUnitKind.values()) {
            Decision d = decide(u, onvif(null));
            assertThat(d.outcome()).as(u.name()).isEqualTo(Outcome.NOT_TESTED);
            assertThat(d.evidence().summary()).contains("--credentials");
        }
        LiveEvidence.Owner refused = new LiveEvidence.Owner("admin", "FAULT", "GetUsers: fault ter:NotAuthorized",
                List.of(), "FAULT", "GetIPAddressFilter: fault ter:NotAuthorized", null, List.of());
        assertThat(decide(CheckUnitKind.ACCOUNTS, onvif(refused)).outcome()).isEqualTo(Outcome.NOT_TESTED);
        assertThat(decide(CheckUnitKind.FILTER, onvif(refused)).outcome()).isEqualTo(Outcome.NOT_TESTED);
    }

    @Test
    void onlyASpecificAllowListPasses() {
        assertThat(decide(CheckUnitKind.FILTER, onvif(filter("Allow", "10.20.0.0/24"))).outcome()).isEqualTo(Outcome.PASS);
        assertThat(decide(CheckUnitKind.FILTER, onvif(filter("Deny"))).evidence().summary()).contains("No IP address filter");
        assertThat(decide(CheckUnitKind.FILTER, onvif(filter("Deny", "192.0.2.0/24"))).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide(CheckUnitKind.FILTER, onvif(filter("Allow", "10.20.0.0/24", "0.0.0.0/0"))).outcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void aDeviceWithoutAnIpFilterIsNotApplicableAndNoOnvifIsNotTested() {
        LiveEvidence.Owner none = new LiveEvidence.Owner("admin", "ANSWERED", null, List.of(), "FAULT",
                "GetIPAddressFilter: fault ter:ActionNotSupported (Optional Action Not Implemented)", null, List.of());
        assertThat(decide(CheckUnitKind.FILTER, onvif(none)).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(decide(CheckUnitKind.FILTER, LiveEvidence.NONE).outcome()).isEqualTo(Outcome.NOT_TESTED);
        assertThat(decide(CheckUnitKind.ACCOUNTS, LiveEvidence.NONE).outcome()).isEqualTo(Outcome.NOT_TESTED);
    }
}
