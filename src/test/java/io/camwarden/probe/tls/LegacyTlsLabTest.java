package io.camwarden.probe.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.lab.LabDevices;
import io.camwarden.lab.Lighttpd;
import io.camwarden.lab.Peers;
import io.camwarden.lab.TestCertificates;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.LabProcess;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Old TLS versions and weak cipher suites (CRY-02) against real TLS stacks: `openssl s_server` at security level
 * 0 (TLS 1.0 to 1.3, as old camera firmware), `openssl s_server` speaking only TLS 1.2 with a modern suite and,
 * beside it, anonymous and NULL ones (the Debian build has no RC4 or 3DES left to misconfigure), and lighttpd with its defaults (TLS 1.2 and later, modern
 * suites). The probe's answers must agree with `openssl s_client` forced to that version or suite, and
 * `camwarden audit` fails the first two and passes the third.
 */
@Tag("lab")
class LegacyTlsLabTest {

    private static final String OLD = "127.0.14.11";
    private static final String MODERN = "127.0.14.12";
    private static final String WEAK = "127.0.14.13";
    private static final Peers peers = new Peers();
    private static Endpoint old;
    private static Endpoint modern;
    private static Endpoint weak;
    private static final Map<String, JsonNode> cry02 = new HashMap<>();
    private static Cli audit;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        TestCertificates certs = new TestCertificates();
        Path pem = certs.selfSigned("old", "/O=Example Cameras/CN=IPCAM-OLD", 2048);
        int port = LabProcess.freePort(OLD);
        peers.add(LabProcess.start(List.of("openssl", "s_server", "-accept", OLD + ":" + port, "-cert", pem.toString(),
                "-cipher", "DEFAULT@SECLEVEL=0", "-www", "-quiet"), OLD, port, Duration.ofSeconds(10)));
        old = new Endpoint(OLD, port);
        int weakPort = LabProcess.freePort(WEAK);
        peers.add(LabProcess.start(List.of("openssl", "s_server", "-accept", WEAK + ":" + weakPort, "-cert",
                certs.selfSigned("weak", "/O=Example Cameras/CN=IPCAM-WEAK", 2048).toString(), "-tls1_2", "-cipher",
                "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-NULL-SHA:NULL-SHA256:AECDH-AES128-SHA:@SECLEVEL=0", "-www", "-quiet"), WEAK, weakPort,
                Duration.ofSeconds(10)));
        weak = new Endpoint(WEAK, weakPort);
        modern = new LabDevices(peers).web(Lighttpd.Config.camera(MODERN, "none")
                .tlsOnly(certs.selfSigned("modern", "/O=Example Cameras/CN=IPCAM-NEW", 2048))).https;
        Path out = dir.resolve("audit.jsonl");
        audit = Cli.run("audit", "127.0.14.11-13", "--ports", old.port() + "," + modern.port() + "," + weak.port(),
                "--no-ws-discovery",
                "--no-credential-audit", "--out", out.toString());
        for (String line : Files.readAllLines(out)) {
            JsonNode r = JsonMapper.builder().build().readTree(line);
            if (r.get("check").asString().equals("CRY-02")) {
                cry02.put(r.get("ip").asString(), r);
            }
        }
    }

    @AfterAll
    static void stop() {
        peers.close();
    }

    private static boolean opensslConnects(Endpoint e, String flag) throws Exception {
        LabProcess.Result r = LabProcess.run(List.of("sh", "-c", "echo | openssl s_client -connect " + e.authority()
                + " " + flag + " -cipher DEFAULT@SECLEVEL=0 2>&1"), Duration.ofSeconds(20));
        return r.output().matches("(?s).*Protocol\\s*:\\s*TLSv1(\\.1)?\\b.*") && !r.output().contains("no protocols available")
                && !r.output().contains("alert");
    }

    @Test
    void theProbeAgreesWithOpensslPerVersion() throws Exception {
        LegacyTlsProbe probe = new LegacyTlsProbe(ProbeLimits.DEFAULT);
        Map<TlsVersion, Boolean> oldAccepted = new HashMap<>();
        probe.probe(old).forEach(r -> oldAccepted.put(r.offered(), r.accepted()));
        assertThat(oldAccepted).containsEntry(TlsVersion.TLS_1_0, true).containsEntry(TlsVersion.TLS_1_1, true)
                .containsEntry(TlsVersion.SSL_3_0, false); // OpenSSL 3 has no SSL 3.0 at all
        assertThat(opensslConnects(old, "-tls1")).isTrue();
        assertThat(opensslConnects(old, "-tls1_1")).isTrue();

        List<LegacyTlsProbe.Result> modernResults = probe.probe(modern);
        assertThat(modernResults).noneMatch(LegacyTlsProbe.Result::accepted);
        assertThat(modernResults).allMatch(r -> r.answer().kind() != ServerAnswer.Kind.NOT_TLS);
        assertThat(opensslConnects(modern, "-tls1")).isFalse();
        assertThat(opensslConnects(modern, "-tls1_1")).isFalse();
    }

    @Test
    void theAuditFailsTheOldStackAndPassesTheModernOne() {
        assertThat(cry02).as(audit.toString()).containsKeys(OLD, MODERN);
        assertThat(cry02.get(OLD).get("result").asString()).isEqualTo("FAIL");
        assertThat(cry02.get(OLD).get("summary").asString()).contains("TLSv1.0, TLSv1.1");
        assertThat(cry02.get(MODERN).get("result").asString()).isEqualTo("PASS");
        assertThat(cry02.get(MODERN).toString()).contains("tls.old_protocols_accepted", "none");
    }

    private static boolean opensslAgreesOnSuite(Endpoint e, String suite) throws Exception {
        LabProcess.Result r = LabProcess.run(List.of("sh", "-c", "echo | openssl s_client -connect " + e.authority()
                + " -tls1_2 -cipher " + suite + ":@SECLEVEL=0 2>&1"), Duration.ofSeconds(20));
        return r.output().matches("(?s).*Cipher\\s*:\\s*" + suite + "\\b.*");
    }

    @Test
    void theWeakCipherProbeAgreesWithOpenssl() throws Exception {
        LegacyTlsProbe probe = new LegacyTlsProbe(ProbeLimits.DEFAULT);
        // the probe offers anonymous ECDH before NULL; the server takes the client's order
        assertThat(probe.weakCipher(weak)).contains("TLS_ECDH_anon_WITH_AES_128_CBC_SHA");
        assertThat(opensslAgreesOnSuite(weak, "AECDH-AES128-SHA")).isTrue();
        assertThat(probe.probe(weak)).as("TLS 1.2 only").noneMatch(LegacyTlsProbe.Result::accepted);

        assertThat(probe.weakCipher(modern)).isEmpty();
        assertThat(opensslAgreesOnSuite(modern, "AECDH-AES128-SHA")).isFalse();
        assertThat(opensslAgreesOnSuite(modern, "ECDHE-RSA-NULL-SHA")).isFalse();
        assertThat(probe.weakCipher(old)).as("DEFAULT leaves NULL and anonymous suites out").isEmpty();
    }

    @Test
    void theAuditFailsAWeakCipherSuiteAndNamesIt() {
        assertThat(cry02).as(audit.toString()).containsKey(WEAK);
        assertThat(cry02.get(WEAK).get("result").asString()).isEqualTo("FAIL");
        assertThat(cry02.get(WEAK).get("summary").asString())
                .contains("accepts the weak cipher suite TLS_ECDH_anon_WITH_AES_128_CBC_SHA");
        assertThat(cry02.get(MODERN).toString()).contains("tls.weak_cipher_accepted", "none");
    }
}
