package io.camwarden.probe.telnet;

import static io.camwarden.probe.ScriptedPeer.write;
import static io.camwarden.probe.telnet.TelnetPeer.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.ScriptedPeer;
import java.io.ByteArrayOutputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Option negotiation, banners and logins against scripted telnet servers, including broken ones. */
class TelnetClientProbeTest {

    private static final ProbeLimits LIMITS = ProbeLimits.DEFAULT.withTimeouts(Duration.ofSeconds(1),
            Duration.ofMillis(500), Duration.ofSeconds(3)).withMaxBodyBytes(4096);
    private static final Credentials ADMIN = new Credentials("admin", "secret99");

    // IAC DO TTYPE, IAC WILL ECHO, IAC WILL SGA, IAC DO NAWS (RFC 854/857/858/1091/1073)
    private static final byte[] BUSYBOX_STYLE_OFFER = bytes(255, 253, 24, 255, 251, 1, 255, 251, 3, 255, 253, 31);

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @Test
    void negotiatesLikeAVt100TerminalAndReadsTheBannerUpToThePrompt() throws Exception {
        CompletableFuture<String> replies = new CompletableFuture<>();
        try (var peer = ScriptedPeer.start((s, p) -> {
            write(s, BUSYBOX_STYLE_OFFER);
            write(s, bytes(255, 250, 24, 1, 255, 240)); // SB TERMINAL-TYPE SEND SE
            write(s, "\r\nIPC-2CD login: ");
            s.setSoTimeout(400);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try {
                s.getInputStream().transferTo(got);
            } catch (SocketTimeoutException enough) {
                // the client has answered by now
            }
            replies.complete(HexFormat.of().formatHex(got.toByteArray()));
        })) {
            TelnetBanner banner = new TelnetClientProbe(peer.endpoint(), LIMITS).banner();
            assertThat(banner.text()).isEqualTo("\r\nIPC-2CD login: ");
            assertThat(banner.negotiation()).contains("DO TERMINAL TYPE", "WILL ECHO", "WILL SUPPRESS GO AHEAD",
                    "DO WINDOW SIZE");
            String sent = replies.get(5, TimeUnit.SECONDS);
            assertThat(sent).contains("fffb18")   // WILL TERMINAL-TYPE
                    .contains("fffd01")             // DO ECHO
                    .contains("fffd03")             // DO SUPPRESS-GO-AHEAD
                    .contains("fffc1f")             // WONT NAWS: refused, not ignored
                    .contains("fffa1800" + HexFormat.of().formatHex("VT100".getBytes()) + "fff0"); // SB TTYPE IS VT100 SE
        }
    }

    @Test
    void aTruncatedCommandAtTheEndOfTheStreamKeepsTheTextBeforeIt() throws Exception {
        try (var peer = ScriptedPeer.start((s, p) -> {
            write(s, "Welcome to DVR\r\n");
            write(s, bytes(255)); // IAC, then the connection ends
        })) {
            TelnetBanner banner = new TelnetClientProbe(peer.endpoint(), LIMITS).banner();
            assertThat(banner.text()).isEqualTo("Welcome to DVR\r\n");
        }
    }

    @Test
    void anEndlessSubnegotiationOrEndlessTextIsBoundedInTimeAndSize() throws Exception {
        try (var sb = ScriptedPeer.start((s, p) -> {
            write(s, bytes(255, 250, 24));
            ScriptedPeer.endless(s, "A".repeat(1024).getBytes());
        });
             var flood = ScriptedPeer.start((s, p) -> ScriptedPeer.endless(s, "login: ".repeat(100).getBytes()))) {
            long start = System.nanoTime();
            TelnetBanner swallowed = new TelnetClientProbe(sb.endpoint(), LIMITS).banner();
            assertThat(swallowed.text().length()).isLessThanOrEqualTo(LIMITS.maxBodyBytes());
            assertThat(millisSince(start)).isLessThan(4000);

            TelnetBanner flooded = new TelnetClientProbe(flood.endpoint(), LIMITS).banner();
            assertThat(flooded.text()).startsWith("login: login: "); // at a prompt or at the limit, never more
            assertThat(flooded.text().length()).isLessThanOrEqualTo(LIMITS.maxBodyBytes());
        }
    }

    @Test
    void binaryGarbageBecomesPrintableTextAndNeverThrows() throws Exception {
        byte[] noise = new byte[3000];
        new Random(3).nextBytes(noise);
        try (var peer = ScriptedPeer.start((s, p) -> write(s, noise))) {
            TelnetBanner banner = new TelnetClientProbe(peer.endpoint(), LIMITS).banner();
            assertThat(banner.text().chars()).allMatch(c -> c == '\r' || c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f);
        }
    }

    @Test
    void aSilentPortIsNotReportedAsTelnet() throws Exception {
        try (var silent = ScriptedPeer.start((s, p) -> ScriptedPeer.stall(s));
             var talker = ScriptedPeer.start((s, p) -> write(s, "\u001b[2J\u001b[1;1HBusyBox v1.20.2 login: "))) {
            long start = System.nanoTime();
            assertThat(new TelnetProber(LIMITS).probe(silent.endpoint())).isEmpty();
            assertThat(millisSince(start)).isLessThan(2000);
            var service = new TelnetProber(LIMITS).probe(talker.endpoint()).orElseThrow();
            assertThat(service.protocol()).isEqualTo(ServiceProtocol.TELNET);
            assertThat(service.evidence()).singleElement().satisfies(o -> {
                assertThat(o.kind()).isEqualTo(ObservationKinds.TELNET_BANNER);
                assertThat(o.value()).isEqualTo("BusyBox v1.20.2 login: ");
            });
        }
    }

    /** A camera login: user, password, then what {@code after} says for these credentials. */
    private static ScriptedPeer camera(String after, boolean echoPassword) throws Exception {
        return ScriptedPeer.start((s, p) -> {
            write(s, BUSYBOX_STYLE_OFFER);
            write(s, "\r\n(none) login: ");
            String user = TelnetPeer.readLine(s);
            write(s, user + "\r\nPassword: ");
            String password = TelnetPeer.readLine(s);
            write(s, (echoPassword ? password : "") + "\r\n");
            write(s, user.equals("admin") && password.equals("secret99") ? "\r\nBusyBox v1.20.2 built-in shell\r\n# " : after);
            Thread.sleep(200);
        });
    }

    @Test
    void theRightPasswordReachesAShell() throws Exception {
        try (var peer = camera("", true)) {
            TelnetLoginResult r = new TelnetClientProbe(peer.endpoint(), LIMITS).login(ADMIN);
            assertThat(r.outcome()).isEqualTo(AuthOutcome.ACCEPTED);
            assertThat(r.banner()).contains("login:");
            assertThat(r.transcript()).contains("Password:").contains("# ").doesNotContain("secret99").contains("***");
            assertThat(r.lockoutSigns()).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsRejectedAndALockoutIsNoticed() throws Exception {
        try (var rejecting = camera("Login incorrect\r\n(none) login: ", false);
             var locking = camera("Too many failed attempts, account locked\r\n", false)) {
            TelnetLoginResult rejected = new TelnetClientProbe(rejecting.endpoint(), LIMITS)
                    .login(new Credentials("admin", "wrong"));
            assertThat(rejected.outcome()).isEqualTo(AuthOutcome.REJECTED);
            assertThat(rejected.lockoutSigns()).isEmpty();

            TelnetLoginResult locked = new TelnetClientProbe(locking.endpoint(), LIMITS)
                    .login(new Credentials("admin", "wrong"));
            assertThat(locked.outcome()).isEqualTo(AuthOutcome.REJECTED);
            assertThat(locked.lockoutSigns()).singleElement().asString().contains("Too many failed attempts");
        }
    }

    @Test
    void passwordOnlyDevicesNoCredentialsAndNoPrompt() throws Exception {
        try (var passwordOnly = ScriptedPeer.start((s, p) -> {
            write(s, "Password: ");
            write(s, TelnetPeer.readLine(s).equals("secret99") ? "\r\n> " : "\r\nAccess denied\r\n");
            Thread.sleep(200);
        });
             var chatty = ScriptedPeer.start((s, p) -> {
                 write(s, "Service ready\r\n");
                 ScriptedPeer.stall(s);
             })) {
            assertThat(new TelnetClientProbe(passwordOnly.endpoint(), LIMITS).login(ADMIN).outcome())
                    .isEqualTo(AuthOutcome.ACCEPTED);
            assertThat(new TelnetClientProbe(passwordOnly.endpoint(), LIMITS).login(new Credentials("admin", "x")).outcome())
                    .isEqualTo(AuthOutcome.REJECTED);
            assertThat(new TelnetClientProbe(passwordOnly.endpoint(), LIMITS).login(null).outcome())
                    .isEqualTo(AuthOutcome.REQUIRED);
            assertThat(new TelnetClientProbe(chatty.endpoint(), LIMITS).login(ADMIN).outcome())
                    .isEqualTo(AuthOutcome.UNDETERMINED);
        }
    }

    @Test
    void cleaningKeepsLineEndsAndDropsEscapesAndControls() {
        byte[] raw = "\u001b[0m\u001b(BLogin\u0000\u0007: \r\n\tok".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(TelnetText.clean(raw, raw.length)).isEqualTo("Login: \r\n\tok");
    }
}
