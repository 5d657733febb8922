package io.camwarden.checks.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.Device;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CRY-04 from what the probes see: RTSPS, SRTP profiles, clear RTP by address and level. */
class EncryptedVideoTest {

    private static final EncryptedVideo UNIT = new EncryptedVideo();

    private static HostReport host(String ip, Service... services) {
        return new HostReport(ip, Instant.parse("2026-11-22T09:00:00Z"), List.of(services), Identity.UNKNOWN, null);
    }

    private static LiveEvidence streams(LiveEvidence.Stream... s) {
        return new LiveEvidence(List.of(s), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static LiveEvidence.Stream open(int port, String... profiles) {
        return new LiveEvidence.Stream(port, false, "/stream1", "video H264", null, List.of(), false, List.of(profiles));
    }

    private static DeviceFacts atLevel(int level) {
        Device d = new Device(7L, null, null, null, null, null, "S1", null, List.of(), List.of(), 1L, null, null, 3L,
                null, null, null, null, null, List.of(), null, null, null, 1);
        InformationSystem s = new InformationSystem(3L, 1L, "CCTV", null, level, null, null, null, null, null);
        return new DeviceFacts(d, s, null, null, null, List.of(), LocalDate.parse("2026-11-22"));
    }

    private static Decision decide(HostReport h, LiveEvidence l, DeviceFacts f) {
        return UNIT.decide(new CheckSubject(f, h, l, null));
    }

    private static final Service RTSP = new Service(554, ServiceProtocol.RTSP, List.of());

    @Test
    void rtspsPassesWhateverTheClearPortSays() {
        LiveEvidence l = streams(open(554, "RTP/AVP"), new LiveEvidence.Stream(322, false, null, null, "/stream1",
                List.of("Digest"), true, List.of()));
        Decision d = decide(host("10.0.0.5", RTSP), l, null);
        assertThat(d.outcome()).isEqualTo(Outcome.PASS);
        assertThat(d.port()).isEqualTo(322);
    }

    @Test
    void srtpProfilesPassFromTheOpenDescribeOrTheCredentialledScan() {
        assertThat(decide(host("10.0.0.5", RTSP), streams(open(554, "RTP/SAVP")), null).outcome())
                .isEqualTo(Outcome.PASS);
        Service seen = new Service(554, ServiceProtocol.RTSP, List.of(new Observation(ObservationKinds.RTSP_PROFILE,
                "RTP/SAVPF", 554, ServiceProtocol.RTSP)));
        LiveEvidence protectedOnly = streams(new LiveEvidence.Stream(554, false, null, null, "/stream1",
                List.of("Digest")));
        Decision d = decide(host("10.0.0.5", seen), protectedOnly, atLevel(4));
        assertThat(d.outcome()).isEqualTo(Outcome.PASS);
        assertThat(d.evidence().facts()).anyMatch(f -> f.value().equals("RTP/SAVPF")
                && f.source().contains("owner's credentials"));
    }

    @Test
    void clearVideoFailsOnAPublicAddressAtEveryLevelAndFromLevelThreeAnywhere() {
        assertThat(decide(host("14.160.32.5", RTSP), streams(open(554, "RTP/AVP")), atLevel(1)).outcome())
                .isEqualTo(Outcome.FAIL);
        Decision l3 = decide(host("10.0.0.5", RTSP), streams(open(554, "RTP/AVP")), atLevel(3));
        assertThat(l3.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(l3.evidence().summary()).contains("level 3 requires");
        Decision l2 = decide(host("10.0.0.5", RTSP), streams(open(554, "RTP/AVP")), atLevel(2));
        assertThat(l2.outcome()).isEqualTo(Outcome.PASS);
        assertThat(l2.evidence().summary()).contains("before it crosses ISP or WAN links");
    }

    @Test
    void withoutTheRegistryTheStrictestLevelDecides() {
        Decision d = decide(host("10.0.0.5", RTSP), streams(open(554, "RTP/AVP")), null);
        assertThat(d.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(d.port()).isEqualTo(554);
        assertThat(d.evidence().summary()).contains("level is unknown");
        assertThat(d.evidence().facts()).anyMatch(f -> f.name().equals("security_level") && f.value().equals("unknown"));
    }

    @Test
    void aProtectedStreamWithoutCredentialsIsNotTestedAndNoRtspIsNotApplicable() {
        LiveEvidence protectedOnly = streams(new LiveEvidence.Stream(554, false, null, null, "/stream1",
                List.of("Digest")));
        Decision d = decide(host("10.0.0.5", RTSP), protectedOnly, atLevel(3));
        assertThat(d.outcome()).isEqualTo(Outcome.NOT_TESTED);
        assertThat(d.evidence().summary()).contains("--credentials");
        assertThat(decide(host("10.0.0.5", new Service(80, ServiceProtocol.HTTP, List.of())), LiveEvidence.NONE, null)
                .outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
