package io.camwarden.checks.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.credential.CredentialAttempt;
import io.camwarden.checks.credential.CredentialAuditResult;
import io.camwarden.checks.credential.CredentialCandidate;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each network unit decides PASS and FAIL (and its other outcomes) from the evidence shapes the probes produce. */
class NetworkChecksTest {

    private static final Map<String, CheckUnit> UNITS = NetworkChecks.all().stream()
            .collect(Collectors.toMap(CheckUnit::checkId, u -> u));

    private static HostReport host(Service... services) {
        return new HostReport("10.0.0.5", Instant.parse("2026-11-22T09:00:00Z"), List.of(services), Identity.UNKNOWN, null);
    }

    private static Service service(int port, ServiceProtocol p, String... kv) {
        List<Observation> ev = new java.util.ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            ev.add(new Observation(kv[i], kv[i + 1], port, p));
        }
        return new Service(port, p, ev);
    }

    private static LiveEvidence live(List<LiveEvidence.Stream> streams, List<LiveEvidence.Snapshot> snaps,
                                     List<LiveEvidence.Onvif> onvif, List<LiveEvidence.Web> web,
                                     List<LiveEvidence.Ssdp> ssdp, CredentialAuditResult creds) {
        return new LiveEvidence(streams, snaps, onvif, web, ssdp, creds);
    }

    private static Decision decide(String check, HostReport h, LiveEvidence l) {
        return UNITS.get(check).decide(CheckSubject.scanned(null, h, l));
    }

    private static CredentialAuditResult audit(CredentialAuditResult.Stop stop, CredentialCandidate.Kind kind, int defaults,
                                               int weak) {
        CredentialCandidate found = stop == CredentialAuditResult.Stop.FOUND
                ? new CredentialCandidate("admin", "12345", Set.of(), kind, "default of Hikvision") : null;
        CredentialAttempt on = found == null ? null : new CredentialAttempt(ServiceProtocol.RTSP, 554, "admin",
                AuthOutcome.ACCEPTED, 200, List.of(), "DESCRIBE /Streaming/Channels/101");
        return new CredentialAuditResult(on == null ? List.of() : List.of(on), stop, "test", found, on, defaults, weak, 0);
    }

    @Test
    void unscannedDevicesAreNotTestedWithAPointerToTheAudit() {
        for (CheckUnit u : UNITS.values()) {
            Decision d = u.decide(CheckSubject.registryOnly(null));
            assertThat(d.outcome()).as(u.checkId()).isEqualTo(Outcome.NOT_TESTED);
            assertThat(d.evidence().summary()).contains("camwarden audit");
        }
    }

    @Test
    void credentialChecksFollowTheAudit() {
        HostReport h = host(service(554, ServiceProtocol.RTSP));
        var defaultFound = live(List.of(), List.of(), List.of(), List.of(), List.of(),
                audit(CredentialAuditResult.Stop.FOUND, CredentialCandidate.Kind.VENDOR_DEFAULT, 1, 0));
        assertThat(decide("AUTH-01", h, defaultFound).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide("AUTH-01", h, defaultFound).port()).isEqualTo(554);
        assertThat(decide("AUTH-01", h, defaultFound).evidence().summary()).doesNotContain("12345");
        assertThat(decide("AUTH-02", h, defaultFound).outcome()).isEqualTo(Outcome.FAIL);

        var weakFound = live(List.of(), List.of(), List.of(), List.of(), List.of(),
                audit(CredentialAuditResult.Stop.FOUND, CredentialCandidate.Kind.WEAK_PASSWORD, 4, 1));
        assertThat(decide("AUTH-01", h, weakFound).outcome()).isEqualTo(Outcome.PASS);
        assertThat(decide("AUTH-02", h, weakFound).outcome()).isEqualTo(Outcome.FAIL);

        var nothing = live(List.of(), List.of(), List.of(), List.of(), List.of(),
                audit(CredentialAuditResult.Stop.BUDGET_SPENT, null, 6, 0));
        assertThat(decide("AUTH-01", h, nothing).outcome()).isEqualTo(Outcome.PASS);
        assertThat(decide("AUTH-02", h, nothing).outcome()).as("no dictionary word fit the budget").isEqualTo(Outcome.NOT_TESTED);

        var locked = live(List.of(), List.of(), List.of(), List.of(), List.of(),
                audit(CredentialAuditResult.Stop.LOCKED_OUT, null, 2, 0));
        assertThat(decide("AUTH-01", h, locked).outcome()).isEqualTo(Outcome.NOT_TESTED);
        var noTarget = live(List.of(), List.of(), List.of(), List.of(), List.of(),
                audit(CredentialAuditResult.Stop.NO_TARGET, null, 0, 0));
        assertThat(decide("AUTH-01", h, noTarget).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void openVideoNeedsARealStreamNotAServerThatAnswersEverything() {
        HostReport h = host(service(554, ServiceProtocol.RTSP));
        var open = new LiveEvidence.Stream(554, false, "/live", "m=video 0 RTP/AVP 96", null, List.of());
        var anything = new LiveEvidence.Stream(554, true, "/live", "m=video 0 RTP/AVP 96", null, List.of());
        var closed = new LiveEvidence.Stream(554, false, null, null, "/Streaming/Channels/101", List.of("Digest"));
        assertThat(decide("AUTH-03", h, live(List.of(open), List.of(), List.of(), List.of(), List.of(), null)).outcome())
                .isEqualTo(Outcome.FAIL);
        assertThat(decide("AUTH-03", h, live(List.of(anything), List.of(), List.of(), List.of(), List.of(), null)).outcome())
                .isEqualTo(Outcome.NOT_TESTED);
        assertThat(decide("AUTH-03", h, live(List.of(closed), List.of(), List.of(), List.of(), List.of(), null)).outcome())
                .isEqualTo(Outcome.PASS);
        var snapshot = new LiveEvidence.Snapshot(80, "http://10.0.0.5/snapshot.jpg", "image/jpeg", 20480);
        assertThat(decide("AUTH-03", h, live(List.of(closed), List.of(snapshot), List.of(), List.of(), List.of(), null))
                .outcome()).isEqualTo(Outcome.FAIL);
        // Basic-only RTSP is a cleartext credential (AUTH-09)
        var basic = new LiveEvidence.Stream(554, false, null, null, "/stream1", List.of("Basic"));
        assertThat(decide("AUTH-09", h, live(List.of(basic), List.of(), List.of(), List.of(), List.of(), null)).outcome())
                .isEqualTo(Outcome.FAIL);
        assertThat(decide("AUTH-09", h, live(List.of(closed), List.of(), List.of(), List.of(), List.of(), null)).outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void onvifWithoutATokenAndTheClock() {
        HostReport h = host(service(80, ServiceProtocol.ONVIF));
        var open = new LiveEvidence.Onvif(80, "http://10.0.0.5/onvif/device_service", "ANSWERED", "ANSWERED", "ANSWERED",
                List.of("rtsp://10.0.0.5/live?user=admin&password=12345"), Duration.ofHours(3));
        var shut = new LiveEvidence.Onvif(80, "http://10.0.0.5/onvif/device_service", "FAULT", "FAULT", "FAULT",
                List.of(), Duration.ofSeconds(-3));
        var drifting = new LiveEvidence.Onvif(80, "http://10.0.0.5/onvif/device_service", "FAULT", "FAULT", "FAULT",
                List.of(), Duration.ofSeconds(20));
        LiveEvidence o = live(List.of(), List.of(), List.of(open), List.of(), List.of(), null);
        LiveEvidence s = live(List.of(), List.of(), List.of(shut), List.of(), List.of(), null);
        assertThat(decide("AUTH-04", h, o).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide("AUTH-04", h, s).outcome()).isEqualTo(Outcome.PASS);
        assertThat(decide("AUTH-09", h, o).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide("AUTH-09", h, o).evidence().facts().toString()).doesNotContain("12345");
        assertThat(decide("CFG-01", h, o).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide("CFG-01", h, s).outcome()).isEqualTo(Outcome.PASS);
        // the catalogue's criterion is a drift under 5 s
        assertThat(decide("CFG-01", h, live(List.of(), List.of(), List.of(drifting), List.of(), List.of(), null))
                .outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void exposureAndTransport() {
        HostReport telnet = host(service(23, ServiceProtocol.TELNET, ObservationKinds.TELNET_BANNER, "192.0.0.64 login:"),
                service(8000, ServiceProtocol.VENDOR_CONTROL, ObservationKinds.VENDOR_CONTROL, "Hikvision"));
        HostReport clean = host(service(443, ServiceProtocol.HTTPS, ObservationKinds.TLS_NOT_AFTER, "2027-01-01T00:00:00Z",
                ObservationKinds.TLS_KEY, "RSA 2048", ObservationKinds.TLS_SUBJECT, "CN=camera-17"));
        LiveEvidence none = LiveEvidence.NONE;
        assertThat(decide("NET-04", telnet, none).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide("NET-04", clean, none).outcome()).isEqualTo(Outcome.PASS);
        assertThat(decide("NET-05", telnet, none).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide("NET-05", clean, none).outcome()).isEqualTo(Outcome.PASS);
        assertThat(decide("NET-02", clean, live(List.of(), List.of(), List.of(), List.of(),
                List.of(new LiveEvidence.Ssdp("Linux UPnP/1.0", "http://10.0.0.5:49152/desc.xml", "upnp:rootdevice")), null))
                .outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide("NET-02", clean, none).outcome()).isEqualTo(Outcome.PASS);
        assertThat(decide("CRY-02", clean, none).outcome()).isEqualTo(Outcome.PASS);
        HostReport expired = host(service(443, ServiceProtocol.HTTPS, ObservationKinds.TLS_NOT_AFTER, "2025-01-01T00:00:00Z"));
        assertThat(decide("CRY-02", expired, none).outcome()).isEqualTo(Outcome.FAIL);
        HostReport weak = host(service(443, ServiceProtocol.HTTPS, ObservationKinds.TLS_KEY, "RSA 1024"));
        assertThat(decide("CRY-02", weak, none).outcome()).isEqualTo(Outcome.FAIL);
        HostReport vendor = host(service(443, ServiceProtocol.HTTPS, ObservationKinds.TLS_SUBJECT,
                "CN=www.hikvision.com, OU=DVRNVR, O=Hikvision"));
        assertThat(decide("CRY-03", vendor, none).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide("CRY-03", clean, none).outcome()).isEqualTo(Outcome.PASS);
        var plain = new LiveEvidence.Web(80, false, 401, null, "Digest");
        var redirect = new LiveEvidence.Web(80, false, 302, "https://10.0.0.5/", null);
        assertThat(decide("CRY-01", clean, live(List.of(), List.of(), List.of(), List.of(plain), List.of(), null)).outcome())
                .isEqualTo(Outcome.FAIL);
        assertThat(decide("CRY-01", clean, live(List.of(), List.of(), List.of(), List.of(redirect,
                new LiveEvidence.Web(443, true, 200, null, null)), List.of(), null)).outcome()).isEqualTo(Outcome.PASS);
    }
}
