package io.camwarden.checks.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.http.HttpProbeClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialAuditTest {

    private static final String HOST = "127.0.3.40";
    private static final HttpProbeClient HTTP = new HttpProbeClient(ProbeLimits.DEFAULT);
    private static final CredentialDictionary DICTIONARY = CredentialDictionary.bundled();

    @AfterAll
    static void closeClient() {
        HTTP.close();
    }

    private static List<LoginTarget> web(LockingCamera cam) {
        return List.of(LoginTargets.http(URI.create("http://" + HOST + ":" + cam.port() + "/"), HTTP));
    }

    @Test
    void vendorDefaultsComeFirstAndPlaceholdersNever() {
        List<CredentialCandidate> hik = DICTIONARY.candidates("Hikvision", 20);
        assertThat(hik.getFirst().username()).isEqualTo("admin");
        assertThat(hik.getFirst().password()).isEqualTo("12345");
        assertThat(hik.getFirst().kind()).isEqualTo(CredentialCandidate.Kind.VENDOR_DEFAULT);
        assertThat(DICTIONARY.candidates("Dahua", 6)).extracting(c -> c.username() + "/" + c.password())
                .startsWith("admin/admin").contains("888888/888888");
        List<CredentialCandidate> unknown = DICTIONARY.candidates(null, 100);
        assertThat(unknown.getFirst().username() + "/" + unknown.getFirst().password()).isEqualTo("admin/admin");
        assertThat(unknown).noneMatch(c -> c.password().startsWith("<") || c.username().startsWith("<"));
        assertThat(unknown).anyMatch(c -> c.kind() == CredentialCandidate.Kind.WEAK_PASSWORD && c.password().equals("888888"));
        // telnet-only defaults are never tried on a web interface
        CredentialCandidate telnetOnly = DICTIONARY.candidates("XiongMai", 50).stream()
                .filter(c -> c.password().equals("xc3511") && c.username().equals("root")).findFirst().orElseThrow();
        assertThat(telnetOnly.appliesTo(ServiceProtocol.HTTP)).isFalse();
        assertThat(telnetOnly.appliesTo(ServiceProtocol.TELNET)).isTrue();
    }

    @Test
    void findsTheDefaultWithinTheBudgetAndStopsThere() throws Exception {
        try (LockingCamera cam = new LockingCamera(HOST, "admin", "12345", 0)) {
            CredentialAuditResult r = new CredentialAuditor(new CredentialAuditor.Options(6, 20))
                    .audit(web(cam), DICTIONARY.candidates("Hikvision", 50));
            assertThat(r.stop()).isEqualTo(CredentialAuditResult.Stop.FOUND);
            assertThat(r.found().password()).isEqualTo("12345");
            assertThat(r.stopReason()).doesNotContain("12345").contains("1****");
            assertThat(cam.credentialedRequests).hasSize(r.attempts().size()).hasSizeLessThanOrEqualTo(6);
        }
    }

    @Test
    void neverSpendsMoreThanTheBudgetCountedByTheDevice() throws Exception {
        try (LockingCamera cam = new LockingCamera(HOST, "admin", "Str0ng!Passw0rd-9", 0)) {
            CredentialAuditResult r = new CredentialAuditor(new CredentialAuditor.Options(6, 20))
                    .audit(web(cam), DICTIONARY.candidates(null, 100));
            assertThat(r.stop()).isEqualTo(CredentialAuditResult.Stop.BUDGET_SPENT);
            assertThat(cam.credentialedRequests).hasSize(6);
        }
    }

    @Test
    void stopsAtTheFirstSignOfALockout() throws Exception {
        try (LockingCamera cam = new LockingCamera(HOST, "admin", "Str0ng!Passw0rd-9", 2)) {
            CredentialAuditResult r = new CredentialAuditor(new CredentialAuditor.Options(6, 20))
                    .audit(web(cam), DICTIONARY.candidates(null, 100));
            assertThat(r.stop()).isEqualTo(CredentialAuditResult.Stop.LOCKED_OUT);
            assertThat(r.stopReason()).contains("403");
            assertThat(cam.credentialedRequests).as("two refused, then one locked answer, then nothing").hasSize(3);
        }
    }

    @Test
    void keepsThePaceOfOneAttemptPerIntervalAsSeenByTheDevice() throws Exception {
        try (LockingCamera cam = new LockingCamera(HOST, "admin", "Str0ng!Passw0rd-9", 0)) {
            new CredentialAuditor(new CredentialAuditor.Options(4, 4.0)).audit(web(cam), DICTIONARY.candidates(null, 100));
            List<Long> t = cam.credentialedRequests;
            assertThat(t).hasSize(4);
            for (int i = 1; i < t.size(); i++) {
                assertThat((t.get(i) - t.get(i - 1)) / 1_000_000).as("ms between attempts").isGreaterThanOrEqualTo(200);
            }
        }
    }

    @Test
    void aDefaultRefusedByOneServiceIsStillTriedOnTheOthersWithinOneBudgetAndPace() throws Exception {
        // the first login service has its own strong password; the second still has the factory default
        try (LockingCamera changed = new LockingCamera(HOST, "admin", "Str0ng!Passw0rd-9", 0);
             LockingCamera factory = new LockingCamera(HOST, "admin", "12345", 0)) {
            List<LoginTarget> targets = List.of(web(changed).getFirst(), web(factory).getFirst());
            CredentialAuditResult r = new CredentialAuditor(new CredentialAuditor.Options(6, 10))
                    .audit(targets, DICTIONARY.candidates(null, 100));

            assertThat(r.stop()).isEqualTo(CredentialAuditResult.Stop.FOUND);
            assertThat(r.foundOn().port()).isEqualTo(factory.port());
            assertThat(r.found().password()).isEqualTo("12345");
            // the same pairs, best first, on each service: one attempt per (service, pair)
            assertThat(changed.pairsTried).containsExactly("admin:admin", "admin:", "admin:12345");
            assertThat(factory.pairsTried).containsExactly("admin:admin", "admin:", "admin:12345");
            assertThat(r.attempts()).hasSize(6);
            // one budget and one pace for the device, whichever service the attempt went to
            List<Long> all = new java.util.ArrayList<>(changed.credentialedRequests);
            all.addAll(factory.credentialedRequests);
            java.util.Collections.sort(all);
            // at 10 per second, as the devices saw it: the pace runs from the end of one attempt to the next
            for (int i = 1; i < all.size(); i++) {
                assertThat((all.get(i) - all.get(i - 1)) / 1_000_000).as("ms between attempts").isGreaterThanOrEqualTo(90);
            }
        }
    }

    @Test
    void theBudgetCountsAttemptsOnEveryServiceOfTheDevice() throws Exception {
        try (LockingCamera a = new LockingCamera(HOST, "admin", "Str0ng!Passw0rd-9", 0);
             LockingCamera b = new LockingCamera(HOST, "admin", "An0ther!Passw0rd", 0);
             LockingCamera c = new LockingCamera(HOST, "admin", "Th1rd!Passw0rd", 0)) {
            CredentialAuditResult r = new CredentialAuditor(new CredentialAuditor.Options(5, 20))
                    .audit(List.of(web(a).getFirst(), web(b).getFirst(), web(c).getFirst()), DICTIONARY.candidates(null, 100));
            assertThat(r.stop()).isEqualTo(CredentialAuditResult.Stop.BUDGET_SPENT);
            assertThat(a.pairsTried.size() + b.pairsTried.size() + c.pairsTried.size()).isEqualTo(5);
            assertThat(a.pairsTried).containsExactly("admin:admin", "admin:");
            assertThat(c.pairsTried).containsExactly("admin:admin");
            assertThat(r.defaultsTried()).as("distinct pairs").isEqualTo(2);
        }
    }

    @Test
    void noTargetMeansNoAttempt() {
        assertThat(new CredentialAuditor(CredentialAuditor.Options.DEFAULTS).audit(List.of(), DICTIONARY.candidates(null, 5))
                .stop()).isEqualTo(CredentialAuditResult.Stop.NO_TARGET);
    }

    @Test
    void foundCredentialsAreSealedWithAKeyOutsideTheDatabase(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("keys/credentials.key");
        CredentialVault vault = CredentialVault.open(null, keyFile);
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String sealed = vault.encrypt("12345");
        assertThat(sealed).startsWith("v1:").doesNotContain("12345");
        assertThat(vault.encrypt("12345")).isNotEqualTo(sealed); // a fresh nonce every time
        assertThat(CredentialVault.open(null, keyFile).decrypt(sealed)).isEqualTo("12345");
        char[] c = sealed.toCharArray();
        c[c.length - 2] = c[c.length - 2] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> vault.decrypt(new String(c))).hasMessageContaining("does not open");
        CredentialVault other = CredentialVault.open(null, dir.resolve("other.key"));
        assertThatThrownBy(() -> other.decrypt(sealed)).hasMessageContaining("another key");
    }
}
