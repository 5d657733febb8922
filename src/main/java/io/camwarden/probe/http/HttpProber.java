package io.camwarden.probe.http;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthChallengeParser;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.Printable;
import io.camwarden.probe.ServiceProber;
import java.io.IOException;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identifies a web interface: the landing page (following redirects on the same host), its status,
 * Server and WWW-Authenticate headers and realm, its title, the favicon hashes and, over HTTPS, the
 * certificate. With operator-supplied credentials a page behind 401 is read after logging in.
 * Ports that usually speak TLS are tried with TLS first, others in plain HTTP first.
 */
public final class HttpProber implements ServiceProber {

    private static final Logger log = LoggerFactory.getLogger(HttpProber.class);
    static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> TLS_FIRST = Set.of(443, 4443, 7443, 8443, 9443);
    private static final Pattern ICON_LINK = Pattern.compile(
            "(?i)<link\\b[^>]{0,300}\\brel\\s*=\\s*[\"']?(?:shortcut )?icon[\"']?[^>]{0,300}>");
    private static final Pattern HREF = Pattern.compile("(?i)\\bhref\\s*=\\s*[\"']?([^\"'\\s>]{1,512})");

    private final HttpProbeClient client;
    private final Credentials credentials;

    /** @param credentials operator-supplied credentials for pages behind 401, or null */
    public HttpProber(HttpProbeClient client, Credentials credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    @Override
    public Optional<Service> probe(Endpoint endpoint) {
        List<String> schemes = TLS_FIRST.contains(endpoint.port()) ? List.of("https", "http") : List.of("http", "https");
        Optional<HttpAnswer> found = Optional.empty();
        String spoken = null;
        for (String scheme : schemes) {
            Optional<HttpAnswer> landing = landingPage(URI.create(scheme + "://" + endpoint.authority() + "/"));
            if (landing.isPresent()) {
                found = landing;
                spoken = scheme;
                // a TLS port answers plain HTTP with 400 ("plain HTTP request sent to HTTPS port"): try TLS too
                if (!(scheme.equals("http") && landing.get().status() == 400)) {
                    break;
                }
            }
        }
        // the protocol this port speaks, not the one a redirect led to: a plain HTTP port that redirects to an
        // HTTPS port is still plain HTTP (CRY-01 looks at exactly that)
        ServiceProtocol protocol = "https".equals(spoken) ? ServiceProtocol.HTTPS : ServiceProtocol.HTTP;
        return found.map(landing -> new Service(endpoint.port(), protocol, observe(landing, endpoint.port(), protocol)));
    }

    /** The first answer and the redirects after it, up to {@link #MAX_REDIRECTS} on the same host. */
    private Optional<HttpAnswer> landingPage(URI root) {
        try {
            HttpAnswer answer = client.get(root, null);
            for (int hop = 0; hop < MAX_REDIRECTS && answer.isRedirect(); hop++) {
                Optional<URI> next = SameHostRedirect.resolve(answer.uri(), answer.headers().first("Location").orElse(""));
                if (next.isEmpty()) {
                    break;
                }
                HttpAnswer followed = followQuietly(next.get());
                if (followed == null) {
                    break;
                }
                answer = followed.peerCertificates().isEmpty() && !answer.peerCertificates().isEmpty()
                        ? withCertificates(followed, answer) : followed;
            }
            return Optional.of(answer);
        } catch (IOException e) {
            log.debug("{}: no HTTP answer: {}", root, e.getMessage());
            return Optional.empty();
        }
    }

    private HttpAnswer followQuietly(URI uri) {
        try {
            return client.get(uri, null);
        } catch (IOException e) {
            log.debug("{}: redirect target did not answer: {}", uri, e.getMessage());
            return null;
        }
    }

    private static HttpAnswer withCertificates(HttpAnswer answer, HttpAnswer from) {
        return new HttpAnswer(answer.uri(), answer.status(), answer.reason(), answer.headers(), answer.body(),
                answer.bodyTruncated(), from.peerCertificates());
    }

    private List<Observation> observe(HttpAnswer landing, int port, ServiceProtocol protocol) {
        Set<Observation> seen = new LinkedHashSet<>();
        add(seen, ObservationKinds.HTTP_STATUS, Integer.toString(landing.status()), port, protocol);
        String path = landing.uri().getRawPath();
        String scheme = landing.uri().getScheme();
        int landingPort = landing.uri().getPort() > 0 ? landing.uri().getPort() : scheme.equals("https") ? 443 : 80;
        if (landingPort != port || !scheme.equals(protocol == ServiceProtocol.HTTPS ? "https" : "http")
                || path != null && !path.isEmpty() && !path.equals("/")) {
            add(seen, ObservationKinds.HTTP_LANDING_URL, landing.uri().toString(), port, protocol);
        }
        landing.headers().first("Server").ifPresent(v -> add(seen, ObservationKinds.HTTP_SERVER, v, port, protocol));
        List<String> challenges = landing.headers().all("WWW-Authenticate");
        challenges.forEach(v -> add(seen, ObservationKinds.HTTP_WWW_AUTHENTICATE, v, port, protocol));
        AuthChallengeParser.parse(challenges).forEach(c ->
                c.realm().ifPresent(r -> add(seen, ObservationKinds.HTTP_REALM, r, port, protocol)));
        HttpAnswer page = landing.status() == 401 && credentials != null ? loggedIn(landing).orElse(landing) : landing;
        HtmlTitle.extract(page.body(), page.contentType().orElse(null))
                .ifPresent(t -> add(seen, ObservationKinds.HTML_TITLE, t, port, protocol));
        favicon(page).ifPresent(f -> {
            add(seen, ObservationKinds.FAVICON_MD5, f.md5(), port, protocol);
            add(seen, ObservationKinds.FAVICON_MMH3, Integer.toString(f.mmh3()), port, protocol);
        });
        if (!landing.peerCertificates().isEmpty()) {
            TlsCertificateSummary cert = TlsCertificates.summarize(landing.peerCertificates().getFirst());
            // the certificate belongs to the port that presented it, which a redirect may have led to
            int tlsPort = protocol == ServiceProtocol.HTTPS ? port : landingPort;
            ServiceProtocol tls = ServiceProtocol.HTTPS;
            add(seen, ObservationKinds.TLS_SUBJECT, cert.subject(), tlsPort, tls);
            add(seen, ObservationKinds.TLS_ISSUER, cert.issuer(), tlsPort, tls);
            add(seen, ObservationKinds.TLS_NOT_BEFORE, DateTimeFormatter.ISO_INSTANT.format(cert.notBefore()), tlsPort, tls);
            add(seen, ObservationKinds.TLS_NOT_AFTER, DateTimeFormatter.ISO_INSTANT.format(cert.notAfter()), tlsPort, tls);
            add(seen, ObservationKinds.TLS_KEY, cert.keyDescription(), tlsPort, tls);
            add(seen, ObservationKinds.TLS_SELF_SIGNED, Boolean.toString(cert.selfSigned()), tlsPort, tls);
        }
        return new ArrayList<>(seen);
    }

    private Optional<HttpAnswer> loggedIn(HttpAnswer landing) {
        try {
            HttpAuthResult result = new HttpAuthentication(client).attempt(landing.uri(), credentials);
            return result.outcome() == AuthOutcome.ACCEPTED ? result.lastAnswer() : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** /favicon.ico, else the icon the page links to on the same host; never an HTML error page. */
    private Optional<FaviconHash> favicon(HttpAnswer page) {
        List<URI> candidates = new ArrayList<>();
        candidates.add(page.uri().resolve("/favicon.ico"));
        linkedIcon(page).ifPresent(candidates::add);
        for (URI uri : candidates) {
            try {
                HttpAnswer icon = client.get(uri, null);
                if (icon.status() == 200 && icon.body().length > 0 && !icon.bodyTruncated() && !looksLikeHtml(icon)) {
                    return Optional.of(FaviconHash.of(icon.body()));
                }
            } catch (IOException e) {
                log.debug("{}: favicon not read: {}", uri, e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> linkedIcon(HttpAnswer page) {
        if (!looksLikeHtml(page)) {
            return Optional.empty();
        }
        String head = new String(page.body(), 0, Math.min(page.body().length, 64 * 1024),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher link = ICON_LINK.matcher(head);
        if (!link.find()) {
            return Optional.empty();
        }
        Matcher href = HREF.matcher(link.group());
        return href.find() ? SameHostRedirect.resolve(page.uri(), HtmlTitle.decodeEntities(href.group(1)))
                .filter(u -> !u.getPath().equals("/favicon.ico")) : Optional.empty();
    }

    private static boolean looksLikeHtml(HttpAnswer answer) {
        String type = answer.contentType().orElse("").toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        String start = new String(answer.body(), 0, Math.min(answer.body().length, 256),
                java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head");
    }

    private static void add(Set<Observation> seen, String kind, String value, int port, ServiceProtocol protocol) {
        String clean = Printable.value(value);
        if (!clean.isEmpty()) {
            seen.add(new Observation(kind, clean, port, protocol));
        }
    }
}
