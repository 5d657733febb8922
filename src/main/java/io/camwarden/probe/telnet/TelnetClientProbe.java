package io.camwarden.probe.telnet;

import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.LockoutSigns;
import io.camwarden.probe.ProbeLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a telnet service's banner, and tries one pair of operator-supplied credentials at its login
 * prompt. One attempt per call; the audit stage decides whether there is another.
 */
public final class TelnetClientProbe {

    private final Endpoint endpoint;
    private final ProbeLimits limits;

    public TelnetClientProbe(Endpoint endpoint, ProbeLimits limits) {
        this.endpoint = endpoint;
        this.limits = limits;
    }

    /** What the server says after option negotiation, up to its first prompt or a quiet moment. */
    public TelnetBanner banner() throws IOException {
        try (TelnetSession session = TelnetSession.open(endpoint, limits)) {
            TelnetSession.Text text = session.readUntil(TelnetPrompts.LOGIN_OR_PASSWORD);
            return new TelnetBanner(text.text(), session.negotiation());
        }
    }

    /**
     * Answers the login (and password) prompt with the given credentials and classifies what the
     * device printed next.
     *
     * @throws IOException when the connection fails before the device printed anything
     */
    public TelnetLoginResult login(Credentials credentials) throws IOException {
        try (TelnetSession session = TelnetSession.open(endpoint, limits)) {
            TelnetSession.Text banner = session.readUntil(TelnetPrompts.LOGIN_OR_PASSWORD);
            StringBuilder transcript = new StringBuilder(banner.text());
            boolean atLogin = TelnetPrompts.endsWith(TelnetPrompts.LOGIN, banner.text());
            boolean atPassword = TelnetPrompts.endsWith(TelnetPrompts.PASSWORD, banner.text());
            if (!atLogin && !atPassword || banner.ended()) {
                return result(AuthOutcome.UNDETERMINED, banner.text(), transcript, session, credentials, List.of());
            }
            if (credentials == null) {
                return result(AuthOutcome.REQUIRED, banner.text(), transcript, session, null, List.of());
            }
            if (atLogin) {
                session.sendLine(credentials.user());
                TelnetSession.Text afterUser = session.readUntil(TelnetPrompts.PASSWORD);
                transcript.append(afterUser.text());
                if (!TelnetPrompts.endsWith(TelnetPrompts.PASSWORD, afterUser.text())) {
                    AuthOutcome outcome = TelnetPrompts.FAILURE.matcher(afterUser.text()).find()
                            ? AuthOutcome.REJECTED : AuthOutcome.UNDETERMINED;
                    return result(outcome, banner.text(), transcript, session, credentials,
                            signs(afterUser.text()));
                }
            }
            session.sendLine(credentials.password());
            TelnetSession.Text reply = session.readUntil(TelnetPrompts.AFTER_PASSWORD);
            transcript.append(reply.text());
            return result(classify(reply), banner.text(), transcript, session, credentials, signs(reply.text()));
        }
    }

    /** A failure message or a new login prompt means no; a shell prompt or a welcome means yes. */
    static AuthOutcome classify(TelnetSession.Text reply) {
        String text = reply.text();
        if (TelnetPrompts.FAILURE.matcher(text).find() || TelnetPrompts.endsWith(TelnetPrompts.LOGIN, text)) {
            return AuthOutcome.REJECTED;
        }
        if (TelnetPrompts.endsWith(TelnetPrompts.SHELL, text) || TelnetPrompts.WELCOME.matcher(text).find()) {
            return AuthOutcome.ACCEPTED;
        }
        return AuthOutcome.UNDETERMINED;
    }

    private static List<String> signs(String text) {
        List<String> signs = new ArrayList<>();
        LockoutSigns.inText(text).ifPresent(signs::add);
        return signs;
    }

    private static TelnetLoginResult result(AuthOutcome outcome, String banner, StringBuilder transcript,
            TelnetSession session, Credentials credentials, List<String> signs) {
        String text = transcript.toString();
        if (credentials != null && !credentials.password().isEmpty()) {
            text = text.replace(credentials.password(), "***"); // a device that echoes the password
        }
        return new TelnetLoginResult(outcome, banner, text, session.negotiation(), signs);
    }
}
