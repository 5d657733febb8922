package io.camwarden.checks.network;

import io.camwarden.checks.Decision;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks of what a device exposes without credentials: video, management, cleartext logins, UPnP, ports. */
final class ExposureChecks {

    private ExposureChecks() {
    }

    /** AUTH-03: no live video or snapshot without credentials. */
    static final class OpenVideo extends NetworkCheck {
        public String checkId() {
            return "AUTH-03";
        }

        public String howDecided() {
            return "RTSP DESCRIBE without credentials of the vendor's known stream paths (after a random path, so a"
                    + " server answering everything is not taken for an open camera): 200 with a media section fails;"
                    + " HTTP snapshot URLs of the maker (iSpy database) returning an image fail; ONVIF GetStreamUri"
                    + " answered without a token fails.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            List<Evidence.Fact> facts = new ArrayList<>();
            Integer failPort = null;
            String why = null;
            boolean uncertain = false;
            for (LiveEvidence.Stream s : live.streams()) {
                if (s.openPath() != null && !s.answersAnyPath()) {
                    facts.add(fact("rtsp.open_stream", "rtsp://" + scan.ip() + ":" + s.port() + s.openPath(), "DESCRIBE without credentials: 200 with " + s.openMedia()));
                    failPort = failPort == null ? s.port() : failPort;
                    why = why == null ? "Live video is served without credentials on RTSP port " + s.port() + "." : why;
                } else if (s.openPath() != null) {
                    uncertain = true;
                    facts.add(fact("rtsp.answers_any_path", s.port(), "DESCRIBE of a random path also got 200"));
                } else if (s.protectedPath() != null) {
                    facts.add(fact("rtsp.protected_stream", s.protectedPath() + " asks for " + s.schemesOffered(),
                            "DESCRIBE without credentials, port " + s.port()));
                }
            }
            for (LiveEvidence.Snapshot s : live.snapshots()) {
                facts.add(fact("http.open_snapshot", s.url(), s.contentType() + ", " + s.bytes() + " bytes without credentials"));
                failPort = failPort == null ? s.port() : failPort;
                why = why == null ? "A camera image is served without credentials at " + s.url() + "." : why;
            }
            for (LiveEvidence.Onvif o : live.onvif()) {
                facts.add(fact("onvif.GetStreamUri", o.streamUri(), "without a token, " + o.deviceService()));
                if (o.streamUri().equals("ANSWERED")) {
                    failPort = failPort == null ? o.port() : failPort;
                    why = why == null ? "ONVIF hands out stream addresses without credentials (" + o.deviceService() + ")." : why;
                }
            }
            if (why != null) {
                return result(Outcome.FAIL, scan, failPort, why, facts);
            }
            if (live.streams().isEmpty() && live.snapshots().isEmpty() && live.onvif().isEmpty()
                    && services(scan, ServiceProtocol.HTTP, ServiceProtocol.HTTPS).isEmpty()) {
                return Decision.notApplicable(new Evidence("The device offers no RTSP, web or ONVIF service.", facts));
            }
            if (uncertain) {
                return Decision.notTested(new Evidence("The RTSP server answers 200 to any path, so an open stream cannot"
                        + " be told from an error page without playing it.", facts));
            }
            return result(Outcome.PASS, scan, null, "Every stream and image tested asks for credentials.", facts);
        }
    }

    /** AUTH-04: management functions need authentication. */
    static final class OpenManagement extends NetworkCheck {
        public String checkId() {
            return "AUTH-04";
        }

        public String howDecided() {
            return "ONVIF GetDeviceInformation and GetUsers without a token: an answer fails (ONVIF puts both behind"
                    + " authentication). Bypass signatures of known CVEs are not probed.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            if (live.onvif().isEmpty()) {
                return Decision.notApplicable(Evidence.of("The device offers no ONVIF service to test."));
            }
            List<Evidence.Fact> facts = new ArrayList<>();
            for (LiveEvidence.Onvif o : live.onvif()) {
                facts.add(fact("onvif.GetDeviceInformation", o.deviceInformation(), "without a token, " + o.deviceService()));
                facts.add(fact("onvif.GetUsers", o.users(), "without a token, " + o.deviceService()));
                if (o.users().equals("ANSWERED") || o.deviceInformation().equals("ANSWERED")) {
                    return result(Outcome.FAIL, scan, o.port(), "ONVIF answers " + (o.users().equals("ANSWERED")
                            ? "GetUsers (the account list)" : "GetDeviceInformation") + " without credentials at "
                            + o.deviceService() + ".", facts);
                }
            }
            return result(Outcome.PASS, scan, null, "ONVIF refuses GetDeviceInformation and GetUsers without credentials.",
                    facts);
        }
    }

    /** AUTH-09: credentials never cross the network in the clear. */
    static final class CleartextCredentials extends NetworkCheck {
        public String checkId() {
            return "AUTH-09";
        }

        public String howDecided() {
            return "HTTP Basic asked for on plain HTTP, RTSP asking only for Basic, and user names or passwords inside"
                    + " the stream URLs ONVIF hands out.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            List<Evidence.Fact> facts = new ArrayList<>();
            for (LiveEvidence.Web w : live.web()) {
                if (!w.tls() && w.authScheme() != null && w.authScheme().equalsIgnoreCase("basic")) {
                    facts.add(fact("http.www-authenticate", "Basic on plain HTTP", "port " + w.port()));
                    return result(Outcome.FAIL, scan, w.port(), "The web interface asks for HTTP Basic over plain HTTP"
                            + " (port " + w.port() + "): the password crosses the network readable.", facts);
                }
            }
            for (LiveEvidence.Stream s : live.streams()) {
                if (s.protectedPath() != null && !s.schemesOffered().isEmpty()
                        && s.schemesOffered().stream().allMatch(x -> x.equalsIgnoreCase("basic"))) {
                    facts.add(fact("rtsp.www-authenticate", s.schemesOffered(), "port " + s.port() + " " + s.protectedPath()));
                    return result(Outcome.FAIL, scan, s.port(), "RTSP offers only Basic authentication on port " + s.port()
                            + ": the password crosses the network readable.", facts);
                }
            }
            for (LiveEvidence.Onvif o : live.onvif()) {
                for (String uri : o.streamUris()) {
                    if (uri.matches("(?i).*(://[^/@]+:[^/@]*@|[?&](user|usr|username|pwd|password|pass)=).*")) {
                        facts.add(fact("onvif.stream_uri", uri.replaceAll("(?i)(password|pwd|pass)=[^&]*", "$1=***"),
                                o.deviceService()));
                        return result(Outcome.FAIL, scan, o.port(), "ONVIF hands out stream URLs with credentials in them.",
                                facts);
                    }
                }
            }
            if (live.web().isEmpty() && live.streams().isEmpty() && live.onvif().isEmpty()) {
                return Decision.notApplicable(Evidence.of("No web, RTSP or ONVIF service to test."));
            }
            return result(Outcome.PASS, scan, null, "No credentials in the clear were seen.", facts);
        }
    }

    /** NET-02: no UPnP / SSDP. */
    static final class Upnp extends NetworkCheck {
        public String checkId() {
            return "NET-02";
        }

        public String howDecided() {
            return "Unicast SSDP M-SEARCH to the device's udp/1900: an answer fails (UPnP lets the device open ports on"
                    + " the site router by itself).";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            if (!live.ssdp().isEmpty()) {
                LiveEvidence.Ssdp a = live.ssdp().getFirst();
                return result(Outcome.FAIL, scan, 1900, "The device answers SSDP (UPnP) discovery.",
                        List.of(fact("ssdp.server", a.server(), "M-SEARCH answer"), fact("ssdp.location", a.location(),
                                "M-SEARCH answer")));
            }
            return result(Outcome.PASS, scan, null, "No answer to SSDP M-SEARCH on udp/1900.", List.of());
        }
    }

    /** NET-04: no telnet, FTP or SSH on the device. */
    static final class InsecureServices extends NetworkCheck {
        private static final Set<Integer> FTP = Set.of(21);
        private static final Set<Integer> SSH = Set.of(22);

        public String checkId() {
            return "NET-04";
        }

        public String howDecided() {
            return "The audit's TCP sweep and banners: telnet (any port that negotiates telnet, 23, 2323, 9527), FTP (21)"
                    + " or SSH (22) answering fails; the evidence says when telnet accepted a default login.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            List<Evidence.Fact> facts = new ArrayList<>();
            Integer port = null;
            for (Service s : scan.services()) {
                String what = s.protocol() == ServiceProtocol.TELNET ? "telnet"
                        : FTP.contains(s.port()) ? "FTP" : SSH.contains(s.port()) ? "SSH" : null;
                if (what != null) {
                    port = port == null ? s.port() : port;
                    String banner = s.evidence().stream().filter(o -> o.kind().equals(ObservationKinds.TELNET_BANNER)
                            || o.kind().equals(ObservationKinds.FTP_BANNER)).map(Observation::value).findFirst().orElse("");
                    facts.add(fact("service", what + " on port " + s.port(), banner.isEmpty() ? "TCP sweep" : "banner: " + banner));
                }
            }
            if (live.credentials() != null && live.credentials().foundOn() != null
                    && live.credentials().foundOn().protocol() == ServiceProtocol.TELNET) {
                facts.add(fact("telnet.default_login", "accepted: user " + live.credentials().found().username(),
                        "credential audit (Critical per the catalogue)"));
            }
            if (port != null) {
                return result(Outcome.FAIL, scan, port, "Unneeded remote-access services answer: "
                        + String.join(", ", facts.stream().filter(f -> f.name().equals("service")).map(Evidence.Fact::value)
                        .toList()) + ".", facts);
            }
            return result(Outcome.PASS, scan, null, "No telnet, FTP or SSH answered.", facts);
        }
    }

    /** NET-05: no proprietary SDK / control port reachable. */
    static final class ControlPorts extends NetworkCheck {
        public String checkId() {
            return "NET-05";
        }

        public String howDecided() {
            return "Vendor control protocols recognised from their handshake (Hikvision 8000, Dahua 37777, XiongMai"
                    + " 34567) answering the scanner: they should not be reachable outside the management zone.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            List<Service> control = services(scan, ServiceProtocol.VENDOR_CONTROL);
            if (control.isEmpty()) {
                return result(Outcome.PASS, scan, null, "No vendor control port answered the scanner.", List.of());
            }
            List<Evidence.Fact> facts = control.stream().map(s -> fact("vendor_control", s.port() + ": "
                    + s.evidence().stream().map(Observation::value).findFirst().orElse("recognised handshake"),
                    "handshake")).toList();
            return result(Outcome.FAIL, scan, control.getFirst().port(), "A vendor control port answers from the"
                    + " scanner's network (port " + control.getFirst().port() + ").", facts);
        }
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
