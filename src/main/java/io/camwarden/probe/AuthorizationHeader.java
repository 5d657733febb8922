package io.camwarden.probe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds Authorization values: answers a Digest challenge (RFC 7616, RFC 2617, and the RFC 2069 form without qop that many
 * cameras and GStreamer send) or builds a Basic authorization (RFC 7617). Used by the RTSP and HTTP
 * clients alike, so both speak to a camera in the same way.
 */
public final class AuthorizationHeader {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthorizationHeader() {
    }

    public static String basic(Credentials credentials) {
        String pair = credentials.user() + ":" + credentials.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether CamWarden can answer this Digest challenge (its algorithm and qop are known). */
    public static boolean supportsDigest(AuthChallenge challenge) {
        return challenge.isScheme("Digest") && challenge.param("nonce").isPresent()
                && hashName(challenge).isPresent() && qop(challenge).isPresent();
    }

    /** An Authorization value for one request, with a fresh client nonce. */
    public static String digest(AuthChallenge challenge, String method, String uri, Credentials credentials,
            int nonceCount) {
        byte[] cnonce = new byte[12];
        RANDOM.nextBytes(cnonce);
        return digest(challenge, method, uri, credentials, HexFormat.of().formatHex(cnonce), nonceCount);
    }

    /**
     * An Authorization value with a given client nonce; tests use this form with the RFC examples.
     *
     * @throws IllegalArgumentException if the challenge is not a Digest challenge CamWarden supports
     */
    public static String digest(AuthChallenge challenge, String method, String uri, Credentials credentials,
            String cnonce, int nonceCount) {
        if (!supportsDigest(challenge)) {
            throw new IllegalArgumentException("unsupported Digest challenge (algorithm "
                    + challenge.param("algorithm").orElse("MD5") + ", qop " + challenge.param("qop").orElse("none")
                    + ")");
        }
        String hash = hashName(challenge).orElseThrow();
        boolean session = challenge.param("algorithm").orElse("").toLowerCase(Locale.ROOT).endsWith("-sess");
        String realm = challenge.realm().orElse("");
        String nonce = challenge.param("nonce").orElseThrow();
        String qop = qop(challenge).orElseThrow();
        String nc = String.format("%08x", nonceCount);

        String ha1 = h(hash, credentials.user() + ":" + realm + ":" + credentials.password());
        if (session) {
            ha1 = h(hash, ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = qop.equals("auth-int")
                ? h(hash, method + ":" + uri + ":" + h(hash, "")) // CamWarden's requests have no body
                : h(hash, method + ":" + uri);
        String response = qop.isEmpty()
                ? h(hash, ha1 + ":" + nonce + ":" + ha2)
                : h(hash, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);

        StringBuilder header = new StringBuilder("Digest ");
        header.append("username=").append(quote(credentials.user()));
        header.append(", realm=").append(quote(realm));
        header.append(", nonce=").append(quote(nonce));
        header.append(", uri=").append(quote(uri));
        header.append(", response=").append(quote(response));
        challenge.param("algorithm").ifPresent(a -> header.append(", algorithm=").append(a));
        challenge.param("opaque").ifPresent(o -> header.append(", opaque=").append(quote(o)));
        if (!qop.isEmpty()) {
            header.append(", qop=").append(qop).append(", nc=").append(nc).append(", cnonce=").append(quote(cnonce));
        }
        return header.toString();
    }

    /** "auth", "auth-int", or "" for the RFC 2069 form; empty when the device offers only unknown qops. */
    private static Optional<String> qop(AuthChallenge challenge) {
        Optional<String> offered = challenge.param("qop");
        if (offered.isEmpty() || offered.get().isBlank()) {
            return Optional.of("");
        }
        var options = Arrays.stream(offered.get().split(",")).map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
        if (options.contains("auth")) {
            return Optional.of("auth");
        }
        return options.contains("auth-int") ? Optional.of("auth-int") : Optional.empty();
    }

    private static Optional<String> hashName(AuthChallenge challenge) {
        String algorithm = challenge.param("algorithm").orElse("MD5").toUpperCase(Locale.ROOT);
        return switch (algorithm) {
            case "MD5", "MD5-SESS" -> Optional.of("MD5");
            case "SHA-256", "SHA-256-SESS" -> Optional.of("SHA-256");
            default -> Optional.empty();
        };
    }

    private static String h(String algorithm, String data) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(md.digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
