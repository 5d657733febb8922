package io.camwarden.probe.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.LabProcess;
import io.camwarden.probe.ProbeLimits;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The HTTP client and prober against the lab's lighttpd camera web interfaces, with curl as the
 * reference client: status codes and realms must be what curl sees, and a TLS certificate must be
 * the one the server was given.
 */
@Tag("lab")
class HttpLabTest {

    private static final Credentials RIGHT = new Credentials(LighttpdCamera.USER, LighttpdCamera.PASSWORD);
    private static final Credentials WRONG = new Credentials(LighttpdCamera.USER, "wrong");
    private static LighttpdCamera digest;
    private static LighttpdCamera basic;
    private static LighttpdCamera open;
    private static LighttpdCamera tls;
    private static HttpProbeClient client;

    @BeforeAll
    static void start() throws Exception {
        byte[] icon = HttpLabTest.class.getResourceAsStream("spring-boot-2.1.18-favicon.ico").readAllBytes();
        digest = LighttpdCamera.start("127.0.1.20", "digest", icon);
        basic = LighttpdCamera.start("127.0.1.21", "basic", icon);
        open = LighttpdCamera.start("127.0.1.22", "none", icon);
        tls = LighttpdCamera.start("127.0.1.23", "tls", icon);
        client = new HttpProbeClient(ProbeLimits.DEFAULT);
    }

    @AfterAll
    static void stop() {
        for (var c : new AutoCloseable[] {client, digest, basic, open, tls}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // stopping the next peer matters more
            }
        }
    }

    private static List<String> facts(List<Observation> evidence) {
        return evidence.stream().map(o -> o.kind() + "=" + o.value()).toList();
    }

    /** curl's status code and WWW-Authenticate header for a URL, optionally with credentials. */
    private static String[] curl(String url, String... options) throws Exception {
        var command = new java.util.ArrayList<>(List.of("curl", "-s", "-k", "-o", "/dev/null", "-D", "-", "-w",
                "status=%{http_code}"));
        command.addAll(List.of(options));
        command.add(url);
        LabProcess.Result r = LabProcess.run(command, Duration.ofSeconds(20));
        Matcher status = Pattern.compile("status=(\\d{3})").matcher(r.output());
        Matcher challenge = Pattern.compile("(?im)^WWW-Authenticate: (.*?)\\r?$").matcher(r.output());
        return new String[] {status.find() ? status.group(1) : "none", challenge.find() ? challenge.group(1) : null};
    }

    @Test
    void digestCameraAgreesWithCurlOnChallengeRealmAndCredentials() throws Exception {
        var service = new HttpProber(client, null).probe(digest.endpoint).orElseThrow();
        var facts = facts(service.evidence());
        String[] anonymous = curl(digest.url("http"));
        assertThat(facts).contains(ObservationKinds.HTTP_STATUS + "=" + anonymous[0],
                ObservationKinds.HTTP_SERVER + "=" + LighttpdCamera.BANNER,
                ObservationKinds.HTTP_REALM + "=" + LighttpdCamera.REALM);
        assertThat(anonymous[0]).isEqualTo("401");
        // the same challenge curl saw, except for the nonce, which lighttpd makes fresh for every answer
        String ours = service.evidence().stream().filter(o -> o.kind().equals(ObservationKinds.HTTP_WWW_AUTHENTICATE))
                .findFirst().orElseThrow().value();
        assertThat(withoutNonce(ours)).isEqualTo(withoutNonce(anonymous[1]));
        assertThat(io.camwarden.probe.AuthChallengeParser.parse(ours).getFirst().param("qop")).contains("auth");

        var auth = new HttpAuthentication(client);
        HttpAuthResult right = auth.attempt(URI.create(digest.url("http")), RIGHT);
        assertThat(right.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
        assertThat(right.realms()).containsExactly(LighttpdCamera.REALM);
        assertThat(Integer.toString(right.finalStatus()))
                .isEqualTo(curl(digest.url("http"), "--digest", "-u", "admin:12345")[0]).isEqualTo("200");
        assertThat(HtmlTitle.extract(right.lastAnswer().orElseThrow().body(), "text/html")).contains(LighttpdCamera.TITLE);

        String marker = "attempt-" + System.nanoTime();
        URI marked = URI.create(digest.url("http") + "index.html?" + marker);
        HttpAuthResult wrong = auth.attempt(marked, WRONG);
        assertThat(wrong.outcome()).isEqualTo(AuthOutcome.REJECTED);
        assertThat(Integer.toString(wrong.finalStatus()))
                .isEqualTo(curl(digest.url("http"), "--digest", "-u", "admin:wrong")[0]).isEqualTo("401");
        // one attempt is one request without credentials and one with them, nothing more (lighttpd's own log)
        assertThat(requestsLogged(digest, marker)).hasSize(2).allMatch(l -> l.contains("\" 401 "));
    }

    /** Access log lines containing a marker, once lighttpd has written them (it buffers its log). */
    private static List<String> requestsLogged(LighttpdCamera camera, String marker) throws Exception {
        List<String> lines = List.of();
        for (int i = 0; i < 40 && lines.size() < 2; i++) {
            Thread.sleep(100);
            lines = camera.accessLog().stream().filter(l -> l.contains(marker)).toList();
        }
        Thread.sleep(300);
        return camera.accessLog().stream().filter(l -> l.contains(marker)).toList();
    }

    private static java.util.Map<String, String> withoutNonce(String challenge) {
        var c = io.camwarden.probe.AuthChallengeParser.parse(challenge).getFirst();
        var params = new java.util.TreeMap<>(c.params());
        params.remove("nonce");
        params.put("(scheme)", c.scheme());
        return params;
    }

    @Test
    void basicCameraAgreesWithCurl() throws Exception {
        String[] anonymous = curl(basic.url("http"));
        assertThat(facts(new HttpProber(client, null).probe(basic.endpoint).orElseThrow().evidence()))
                .contains(ObservationKinds.HTTP_STATUS + "=" + anonymous[0],
                        ObservationKinds.HTTP_WWW_AUTHENTICATE + "=" + anonymous[1],
                        ObservationKinds.HTTP_REALM + "=" + LighttpdCamera.REALM);
        var auth = new HttpAuthentication(client);
        assertThat(auth.attempt(URI.create(basic.url("http")), RIGHT).finalStatus())
                .isEqualTo(Integer.parseInt(curl(basic.url("http"), "--basic", "-u", "admin:12345")[0])).isEqualTo(200);
        assertThat(auth.attempt(URI.create(basic.url("http")), WRONG).outcome()).isEqualTo(AuthOutcome.REJECTED);
        assertThat(curl(basic.url("http"), "--basic", "-u", "admin:wrong")[0]).isEqualTo("401");
        // with operator credentials the prober reads the page behind the login
        assertThat(facts(new HttpProber(client, RIGHT).probe(basic.endpoint).orElseThrow().evidence()))
                .contains(ObservationKinds.HTML_TITLE + "=" + LighttpdCamera.TITLE);
    }

    @Test
    void openCameraGivesTitleBannerAndFaviconHashes() throws Exception {
        var service = new HttpProber(client, null).probe(open.endpoint).orElseThrow();
        assertThat(service.protocol()).isEqualTo(ServiceProtocol.HTTP);
        assertThat(facts(service.evidence())).containsExactly(
                ObservationKinds.HTTP_STATUS + "=" + curl(open.url("http"))[0],
                ObservationKinds.HTTP_SERVER + "=" + LighttpdCamera.BANNER,
                ObservationKinds.HTML_TITLE + "=" + LighttpdCamera.TITLE,
                ObservationKinds.FAVICON_MD5 + "=0488faca4c19046b94d07c3ee83cf9d6",
                ObservationKinds.FAVICON_MMH3 + "=116323821");
    }

    @Test
    void tlsCameraShowsTheCertificateItWasGiven() throws Exception {
        var service = new HttpProber(client, null).probe(tls.endpoint).orElseThrow();
        assertThat(service.protocol()).isEqualTo(ServiceProtocol.HTTPS);
        TlsCertificateSummary served = TlsCertificates.parse(Files.readAllBytes(tls.dir.resolve("cert.pem"))).orElseThrow();
        assertThat(facts(service.evidence())).contains(
                ObservationKinds.HTTP_STATUS + "=" + curl(tls.url("https"))[0],
                ObservationKinds.HTML_TITLE + "=" + LighttpdCamera.TITLE,
                ObservationKinds.TLS_SUBJECT + "=CN=" + LighttpdCamera.TITLE,
                ObservationKinds.TLS_ISSUER + "=CN=" + LighttpdCamera.TITLE,
                ObservationKinds.TLS_KEY + "=RSA 2048",
                ObservationKinds.TLS_SELF_SIGNED + "=true",
                ObservationKinds.TLS_NOT_AFTER + "=" + served.notAfter());
        HttpAnswer answer = client.get(URI.create(tls.url("https")), null);
        assertThat(TlsCertificates.summarize(answer.peerCertificates().getFirst()).sha256()).isEqualTo(served.sha256());
    }
}
