package io.camwarden.probe.rtsp;

import io.camwarden.probe.AuthChallenge;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.AuthorizationHeader;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.Exchange;
import io.camwarden.probe.LockoutSigns;
import io.camwarden.probe.ProbeLimits;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A small, strict RTSP client (RFC 2326) for identification and audit: OPTIONS and DESCRIBE, with
 * Basic or Digest when the device asks and the operator gave credentials. It never sends
 * credentials unasked, never guesses them, and never sets up or plays a stream.
 */
public final class RtspClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Endpoint endpoint;
    private final ProbeLimits limits;
    private final boolean tls;

    public RtspClient(Endpoint endpoint, ProbeLimits limits) {
        this(endpoint, limits, false);
    }

    private RtspClient(Endpoint endpoint, ProbeLimits limits, boolean tls) {
        this.endpoint = endpoint;
        this.limits = limits;
        this.tls = tls;
    }

    /** RTSP inside TLS (rtsps://, usually port 322): what CRY-04 looks for as encrypted video transport. */
    public static RtspClient overTls(Endpoint endpoint, ProbeLimits limits) {
        return new RtspClient(endpoint, limits, true);
    }

    public boolean tls() {
        return tls;
    }

    /**
     * The rtsp:// URL of a path on this endpoint ("/stream1", "" or "/" for the root). Spaces and
     * control characters, which cannot appear in a request line, are percent-encoded.
     */
    public String url(String path) {
        String p = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
        StringBuilder encoded = new StringBuilder(tls ? "rtsps://" : "rtsp://").append(endpoint.authority());
        for (byte b : p.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f) {
                encoded.append(String.format("%%%02X", c));
            } else {
                encoded.append((char) c);
            }
        }
        return encoded.toString();
    }

    /** OPTIONS on the root URL: the Server and Public headers, without credentials. */
    public RtspResponse options() throws IOException {
        try (RtspConnection connection = RtspConnection.open(endpoint, limits, tls)) {
            return connection.send("OPTIONS", url("/"), null);
        }
    }

    /**
     * DESCRIBE a path; when the device answers 401 and credentials are given, answer its challenge
     * (Digest preferred) on the same connection and report exactly what it decided.
     *
     * @param credentials operator-supplied credentials, or null to send none
     * @throws IOException when the device gave no RTSP answer at all (refused, timed out, not RTSP)
     */
    public RtspDescribeResult describe(String path, Credentials credentials) throws IOException {
        String url = url(path);
        List<Exchange> exchanges = new ArrayList<>();
        RtspConnection connection = RtspConnection.open(endpoint, limits, tls);
        try {
            RtspResponse first = connection.send("DESCRIBE", url, null);
            exchanges.add(exchange(url, "none", first));
            if (first.status() != 401) {
                AuthOutcome outcome = first.status() == 200 ? AuthOutcome.NOT_REQUIRED : AuthOutcome.UNDETERMINED;
                return result(url, exchanges, outcome, List.of(), first, List.of(), null);
            }
            List<AuthChallenge> offered = first.challenges();
            if (credentials == null) {
                return result(url, exchanges, AuthOutcome.REQUIRED, offered, null, List.of(), null);
            }
            Optional<AuthChallenge> chosen = AuthChallenge.preferred(offered);
            if (chosen.isEmpty()) {
                return result(url, exchanges, AuthOutcome.UNSUPPORTED_CHALLENGE, offered, null, List.of(), null);
            }
            if (first.headers().first("Connection").orElse("").equalsIgnoreCase("close")) {
                connection.close(); // the device said it closes after the challenge: answer on a new connection
                connection = RtspConnection.open(endpoint, limits, tls);
            }
            return answerChallenge(connection, url, credentials, chosen.get(), exchanges, offered);
        } finally {
            connection.close();
        }
    }

    private RtspDescribeResult answerChallenge(RtspConnection connection, String url, Credentials credentials,
            AuthChallenge challenge, List<Exchange> exchanges, List<AuthChallenge> offered) {
        RtspResponse answer;
        try {
            answer = connection.send("DESCRIBE", url, authorization(challenge, url, credentials));
            exchanges.add(exchange(url, challenge.scheme(), answer));
            Optional<AuthChallenge> stale = AuthChallenge.staleRetry(challenge, answer.status(),
                    answer.headers().all("WWW-Authenticate"));
            if (stale.isPresent()) {
                answer = connection.send("DESCRIBE", url, authorization(stale.get(), url, credentials));
                exchanges.add(exchange(url, challenge.scheme(), answer));
            }
        } catch (IOException e) {
            return result(url, exchanges, AuthOutcome.UNDETERMINED, offered, null,
                    List.of("the device closed the connection after receiving credentials"),
                    "after credentials: " + e.getMessage());
        }
        AuthOutcome outcome = switch (answer.status()) {
            case 200 -> AuthOutcome.ACCEPTED;
            case 401, 403 -> AuthOutcome.REJECTED;
            default -> AuthOutcome.UNDETERMINED;
        };
        List<String> signs = LockoutSigns.in(answer.status(), answer.headers(), answer.bodyText());
        return result(url, exchanges, outcome, offered, answer, signs, null);
    }


    private static String authorization(AuthChallenge challenge, String url, Credentials credentials) {
        return challenge.isScheme("Digest")
                ? AuthorizationHeader.digest(challenge, "DESCRIBE", url, credentials, 1)
                : AuthorizationHeader.basic(credentials);
    }

    /**
     * Describes a random path that no camera serves, with the same credentials a check uses, to learn
     * whether this server answers 200 to everything.
     */
    public AnyPathVerdict answersAnyPath(Credentials credentials) throws IOException {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        RtspDescribeResult result = describe("/camwarden-" + HexFormat.of().formatHex(random), credentials);
        int status = result.finalStatus();
        if (status == 200) {
            return AnyPathVerdict.ANSWERS_ANY_PATH;
        }
        return status == 401 ? AnyPathVerdict.UNDETERMINED : AnyPathVerdict.REJECTS_UNKNOWN_PATH;
    }

    private static Exchange exchange(String url, String authScheme, RtspResponse response) {
        return new Exchange("DESCRIBE", url, authScheme, response.status(), response.reason(), response.headers());
    }

    private static RtspDescribeResult result(String url, List<Exchange> exchanges, AuthOutcome outcome,
            List<AuthChallenge> offered, RtspResponse last, List<String> lockoutSigns, String error) {
        Optional<Sdp> sdp = Optional.empty();
        if (last != null && last.status() == 200 && last.body().length > 0) {
            sdp = Optional.of(SdpParser.parse(last.body()));
        }
        return new RtspDescribeResult(url, exchanges, outcome, offered, sdp, lockoutSigns, Optional.ofNullable(error));
    }
}
