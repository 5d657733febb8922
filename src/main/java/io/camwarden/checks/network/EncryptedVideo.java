package io.camwarden.checks.network;

import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.net.IpAddresses;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.domain.vuln.Exposure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CRY-04: video is not offered only in the clear where it crosses untrusted networks. The network shows what
 * the device offers (RTSP inside TLS, SRTP media profiles), not which links its video crosses, so the rule
 * says where clear-only video fails:
 * <ul>
 *   <li>on a public address, at every level: whoever watches it does so across the internet;</li>
 *   <li>at level 3 and above, whatever the address: the catalogue's level table makes CRY-04 "required" from
 *       level 3 (TCVN 14423:2026 G4, encryption in transit for important data from level 3);</li>
 *   <li>when the level is unknown (an audit without the registry): decided as level 3, the strictest reading,
 *       and the evidence says so;</li>
 *   <li>at levels 1 and 2 on a private address it passes, saying the video must be encrypted (VPN, RTSPS,
 *       SRTP) before it is routed over ISP or WAN links: nothing on the network shows it crossing one.</li>
 * </ul>
 * It applies to every device that serves RTSP video (cameras, NVRs, DVRs, encoders); video behind vendor
 * control ports is NET-05's concern and not read.
 */
final class EncryptedVideo extends NetworkCheck {

    /** The level from which the catalogue requires encrypted video whatever the path. */
    static final int REQUIRED_FROM_LEVEL = 3;

    public String checkId() {
        return "CRY-04";
    }

    public String howDecided() {
        return "What the device offers for video: RTSP inside TLS (RTSPS, port 322 or a TLS-wrapped port) or media"
                + " descriptions with the SRTP profile RTP/SAVP(F) pass. RTSP only in the clear (RTP/AVP) fails on a"
                + " public address at every level, and at level 3 and above (where the catalogue requires encrypted"
                + " video whatever the path) on any address; an audit without the registry decides as level 3. At"
                + " levels 1-2 on a private address it passes: no untrusted link is seen. A protected stream shows its"
                + " profile only with the owner's credentials (--credentials); without them it is NOT_TESTED.";
    }

    @Override
    Decision decide(HostReport scan, LiveEvidence live) {
        return decide(scan, live, null);
    }

    @Override
    Decision decide(HostReport scan, LiveEvidence live, DeviceFacts facts) {
        List<Service> rtsp = services(scan, ServiceProtocol.RTSP);
        if (live.streams().isEmpty() && rtsp.isEmpty()) {
            return Decision.notApplicable(Evidence.of("The device serves no RTSP video."));
        }
        List<Evidence.Fact> found = new ArrayList<>();
        for (LiveEvidence.Stream s : live.streams()) {
            if (s.tls()) {
                found.add(fact("rtsps", "port " + s.port(), "RTSP OPTIONS answered inside TLS"));
                return result(Outcome.PASS, scan, s.port(), "Video is offered inside TLS (RTSPS on port " + s.port()
                        + ").", found);
            }
        }
        Set<String> profiles = new LinkedHashSet<>();
        for (LiveEvidence.Stream s : live.streams()) {
            for (String p : s.profiles()) {
                found.add(fact("rtsp.media_profile", p, "DESCRIBE without credentials, port " + s.port()));
                profiles.add(p.toUpperCase(Locale.ROOT));
            }
        }
        for (Service s : rtsp) {
            for (Observation o : s.evidence()) {
                if (o.kind().equals(ObservationKinds.RTSP_PROFILE)) {
                    found.add(fact("rtsp.media_profile", o.value(), "DESCRIBE with the owner's credentials, port "
                            + s.port()));
                    profiles.add(o.value().toUpperCase(Locale.ROOT));
                }
            }
        }
        if (profiles.stream().anyMatch(EncryptedVideo::srtp)) {
            return result(Outcome.PASS, scan, null, "The video is offered as SRTP (" + String.join(", ", profiles)
                    + ").", found);
        }
        if (profiles.isEmpty()) {
            return Decision.notTested(new Evidence("RTSPS is not offered and the stream asks for credentials before"
                    + " it shows its media profile (RTP/AVP or SRTP): give the owner's credentials (--credentials) to"
                    + " decide.", found));
        }
        Integer level = facts == null ? null : facts.securityLevel();
        boolean publicAddress = Exposure.isPublic(IpAddresses.parse(scan.ip()));
        found.add(fact("address", scan.ip() + (publicAddress ? " (public)" : " (private)"), "scan"));
        found.add(fact("security_level", level == null ? "unknown" : level.toString(),
                facts == null ? "no registry in this audit" : "registry"));
        Integer port = live.streams().isEmpty() ? rtsp.getFirst().port() : live.streams().getFirst().port();
        String clear = "Video is offered only in the clear (" + String.join(", ", profiles) + ", no RTSPS)";
        if (publicAddress) {
            return result(Outcome.FAIL, scan, port, clear + " on a public address: it crosses the internet readable.",
                    found);
        }
        if (level == null) {
            return result(Outcome.FAIL, scan, port, clear + "; the level is unknown, so it is decided as level "
                    + REQUIRED_FROM_LEVEL + ", where encrypted video is required whatever the path.", found);
        }
        if (level >= REQUIRED_FROM_LEVEL) {
            return result(Outcome.FAIL, scan, port, clear + "; level " + level + " requires encrypted video whatever"
                    + " the path.", found);
        }
        return result(Outcome.PASS, scan, null, clear + ", on a private address at level " + level + ": acceptable"
                + " while the video stays on the owner's networks; encrypt it (VPN, RTSPS, SRTP) before it crosses"
                + " ISP or WAN links.", found);
    }

    /** RTP/SAVP and RTP/SAVPF (RFC 3711, RFC 5124), also over TCP. */
    static boolean srtp(String profile) {
        return profile.toUpperCase(Locale.ROOT).contains("SAVP");
    }
}
