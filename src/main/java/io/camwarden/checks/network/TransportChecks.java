package io.camwarden.checks.network;

import io.camwarden.checks.Decision;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of how the device protects its management traffic: HTTPS, its certificate, its clock. */
final class TransportChecks {

    private TransportChecks() {
    }

    /** CRY-01: the management interface uses HTTPS, and plain HTTP only redirects there. */
    static final class HttpsAdmin extends NetworkCheck {
        public String checkId() {
            return "CRY-01";
        }

        public String howDecided() {
            return "The web interface's landing page over plain HTTP: a page or a login answered there (not a redirect"
                    + " to https://) fails; PASS when plain HTTP only redirects to HTTPS or is not served.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            if (live.web().isEmpty()) {
                return Decision.notApplicable(Evidence.of("The device has no web interface."));
            }
            List<Evidence.Fact> facts = new ArrayList<>();
            boolean https = live.web().stream().anyMatch(LiveEvidence.Web::tls);
            for (LiveEvidence.Web w : live.web()) {
                facts.add(fact("web", (w.tls() ? "https" : "http") + " port " + w.port() + ": " + w.status()
                        + (w.redirectsTo() == null ? "" : " → " + w.redirectsTo()), "GET /"));
            }
            for (LiveEvidence.Web w : live.web()) {
                boolean toHttps = w.redirectsTo() != null && w.redirectsTo().toLowerCase(Locale.ROOT).startsWith("https://");
                if (!w.tls() && !toHttps && (w.status() == 200 || w.status() == 401)) {
                    return result(Outcome.FAIL, scan, w.port(), "The management interface answers over plain HTTP on port "
                            + w.port() + (https ? " (HTTPS exists but HTTP does not redirect to it)." : " and HTTPS is not offered."),
                            facts);
                }
            }
            return result(Outcome.PASS, scan, null, "Management goes over HTTPS; plain HTTP only redirects.", facts);
        }
    }

    /** CRY-02: the TLS certificate is valid and its key strong. */
    static final class WeakTls extends NetworkCheck {
        private static final Pattern KEY = Pattern.compile("(?i)(RSA|EC|DSA|Ed25519|EdDSA)\\D*(\\d{3,5})?");

        public String checkId() {
            return "CRY-02";
        }

        public String howDecided() {
            return "The HTTPS certificate seen by the scan: expired, or an RSA/DSA key under 2048 bits or an EC key under"
                    + " 224 bits, fails; the protocol versions: a hand-built ClientHello offering only SSL 3.0, TLS"
                    + " 1.0 or TLS 1.1 (one connection each; the Java runtime will not speak them) that gets a"
                    + " ServerHello of that version fails; and the cipher suites: one TLS 1.2 ClientHello offering only"
                    + " RC4, DES, 3DES, export, NULL and anonymous suites that gets a ServerHello fails, naming the"
                    + " suite chosen. No handshake is completed.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            List<Service> tls = services(scan, ServiceProtocol.HTTPS);
            if (tls.isEmpty()) {
                return Decision.notApplicable(Evidence.of("The device offers no HTTPS to examine."));
            }
            List<Evidence.Fact> facts = new ArrayList<>();
            for (Service s : tls) {
                Optional<String> notAfter = value(s, ObservationKinds.TLS_NOT_AFTER);
                Optional<String> key = value(s, ObservationKinds.TLS_KEY);
                notAfter.ifPresent(v -> facts.add(fact("tls.not_after", v, "certificate on port " + s.port())));
                key.ifPresent(v -> facts.add(fact("tls.key", v, "certificate on port " + s.port())));
                if (notAfter.isPresent() && expired(notAfter.get(), scan.scannedAt())) {
                    return result(Outcome.FAIL, scan, s.port(), "The HTTPS certificate on port " + s.port()
                            + " expired on " + notAfter.get() + ".", facts);
                }
                if (key.isPresent() && weak(key.get())) {
                    return result(Outcome.FAIL, scan, s.port(), "The HTTPS certificate on port " + s.port()
                            + " has a weak key (" + key.get() + ").", facts);
                }
            }
            boolean versionsAsked = false;
            boolean ciphersAsked = false;
            for (LiveEvidence.Web w : live.web()) {
                if (!w.tls()) {
                    continue;
                }
                if (w.oldProtocols() != null) {
                    versionsAsked = true;
                    facts.add(fact("tls.old_protocols_accepted", w.oldProtocols().isEmpty() ? "none"
                            : String.join(", ", w.oldProtocols()), "ClientHello per version, port " + w.port()));
                    if (!w.oldProtocols().isEmpty()) {
                        return result(Outcome.FAIL, scan, w.port(), "The HTTPS service on port " + w.port()
                                + " still accepts " + String.join(", ", w.oldProtocols()) + " (the catalogue asks for"
                                + " TLS 1.2 or later).", facts);
                    }
                }
                if (w.weakCipher() != null) {
                    ciphersAsked = true;
                    facts.add(fact("tls.weak_cipher_accepted", w.weakCipher().isEmpty() ? "none" : w.weakCipher(),
                            "TLS 1.2 ClientHello offering only weak suites, port " + w.port()));
                    if (!w.weakCipher().isEmpty()) {
                        return result(Outcome.FAIL, scan, w.port(), "The HTTPS service on port " + w.port()
                                + " accepts the weak cipher suite " + w.weakCipher() + " (RC4, DES, 3DES, export,"
                                + " NULL and anonymous suites are ruled out; the catalogue asks for modern ciphers).",
                                facts);
                    }
                }
            }
            String tested = versionsAsked && ciphersAsked ? ", no protocol below TLS 1.2 and no weak cipher suite is"
                    + " accepted." : versionsAsked ? " and no protocol below TLS 1.2 is accepted (cipher suites not"
                    + " tested)." : " (protocol versions and cipher suites not tested).";
            return result(Outcome.PASS, scan, null, "The HTTPS certificates are in date with strong keys" + tested,
                    facts);
        }

        static boolean weak(String key) {
            Matcher m = KEY.matcher(key);
            if (!m.find() || m.group(2) == null) {
                return false;
            }
            int bits = Integer.parseInt(m.group(2));
            String alg = m.group(1).toUpperCase(Locale.ROOT);
            return alg.equals("EC") ? bits < 224 : (alg.equals("RSA") || alg.equals("DSA")) && bits < 2048;
        }

        private static boolean expired(String notAfter, Instant at) {
            try {
                return Instant.parse(notAfter).isBefore(at == null ? Instant.now() : at);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /** CRY-03: no vendor default certificate. */
    static final class DefaultCertificate extends NetworkCheck {
        /** Subjects that vendors put on every device (shared/docs/criteria.md §4, recog x509_subjects.xml). */
        private static final List<Pattern> DEFAULTS = List.of(
                Pattern.compile("(?i)CN=www\\.hikvision\\.com"), Pattern.compile("(?i)OU=DVRNVR"),
                Pattern.compile("(?i)CN=axis-[0-9a-f]{12}"), Pattern.compile("(?i)O=Dahua"),
                Pattern.compile("(?i)CN=IPC\\b"), Pattern.compile("(?i)CN=localhost"));

        public String checkId() {
            return "CRY-03";
        }

        public String howDecided() {
            return "The HTTPS certificate's subject against known vendor defaults (e.g. CN=www.hikvision.com, OU=DVRNVR,"
                    + " CN=axis-<mac>): a match fails. Keys shared across the fleet need several devices' results.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            List<Service> tls = services(scan, ServiceProtocol.HTTPS);
            if (tls.isEmpty()) {
                return Decision.notApplicable(Evidence.of("The device offers no HTTPS to examine."));
            }
            List<Evidence.Fact> facts = new ArrayList<>();
            for (Service s : tls) {
                Optional<String> subject = value(s, ObservationKinds.TLS_SUBJECT);
                subject.ifPresent(v -> facts.add(fact("tls.subject", v, "certificate on port " + s.port())));
                value(s, ObservationKinds.TLS_SELF_SIGNED).ifPresent(v -> facts.add(fact("tls.self_signed", v,
                        "certificate on port " + s.port())));
                if (subject.isPresent() && DEFAULTS.stream().anyMatch(p -> p.matcher(subject.get()).find())) {
                    return result(Outcome.FAIL, scan, s.port(), "The HTTPS certificate is a vendor default ("
                            + subject.get() + "): every device of the model has the same one.", facts);
                }
            }
            return result(Outcome.PASS, scan, null, "No vendor default certificate subject.", facts);
        }
    }

    /** CFG-01: the device's clock is synchronised. */
    static final class Clock extends NetworkCheck {
        /** The catalogue's pass criterion: "drift < 5 s" (evidentiary timestamps, log correlation). */
        static final Duration TOLERANCE = Duration.ofSeconds(5);

        public String checkId() {
            return "CFG-01";
        }

        public String howDecided() {
            return "ONVIF GetSystemDateAndTime (answered without credentials) against CamWarden's clock: a drift of"
                    + " 5 seconds or more fails, the catalogue's criterion (logs and recordings then carry wrong times)."
                    + " The NTP server setting needs credentials and is not read.";
        }

        Decision decide(HostReport scan, LiveEvidence live) {
            for (LiveEvidence.Onvif o : live.onvif()) {
                if (o.clockSkew() != null) {
                    List<Evidence.Fact> facts = List.of(fact("clock_skew_seconds", o.clockSkew().toSeconds(),
                            "ONVIF GetSystemDateAndTime, " + o.deviceService()));
                    return Math.abs(o.clockSkew().toMillis()) >= TOLERANCE.toMillis()
                            ? result(Outcome.FAIL, scan, o.port(), "The device's clock is off by "
                            + Math.abs(o.clockSkew().toSeconds()) + " s.", facts)
                            : result(Outcome.PASS, scan, null, "The device's clock is within 5 seconds of CamWarden's.",
                            facts);
                }
            }
            return Decision.notTested(Evidence.of("The device did not tell its UTC time over ONVIF."));
        }
    }

    static Optional<String> value(Service s, String kind) {
        return s.evidence().stream().filter(o -> o.kind().equals(kind)).map(Observation::value).findFirst();
    }
}
