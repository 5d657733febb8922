package io.camwarden.probe.onvif;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * The WS-Security UsernameToken header. Its Created time must be the device's time, not ours: devices reject a
 * token created too far from their clock, so callers pass our clock corrected by the skew GetSystemDateAndTime
 * showed.
 */
final class UsernameToken {

    static final String NS_WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String NS_WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String PROFILE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0";
    private static final String BASE64_BINARY = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";

    private UsernameToken() {
    }

    /** The Created value: UTC, millisecond precision, as WS-Security and ONVIF devices expect. */
    static String created(Instant deviceNow) {
        return deviceNow.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** PasswordDigest = Base64(SHA-1(nonce bytes + Created + password)), UsernameToken Profile 1.0 section 3.1. */
    static String digest(byte[] nonce, String created, String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-1", e);
        }
    }

    /**
     * The {@code <wsse:Security>} header element; {@code envPrefix} is the envelope's prefix, used for
     * mustUnderstand.
     */
    static String header(String envPrefix, OnvifCredentials credentials, WsSecurity mode, Instant deviceNow,
                         byte[] nonce) {
        String created = created(deviceNow);
        String password = mode == WsSecurity.PASSWORD_TEXT
                ? credentials.password()
                : digest(nonce, created, credentials.password());
        String type = mode == WsSecurity.PASSWORD_TEXT ? "#PasswordText" : "#PasswordDigest";
        return "<wsse:Security " + envPrefix + ":mustUnderstand=\"1\" xmlns:wsse=\"" + NS_WSSE + "\" xmlns:wsu=\""
                + NS_WSU + "\"><wsse:UsernameToken>"
                + "<wsse:Username>" + Xml.escape(credentials.username()) + "</wsse:Username>"
                + "<wsse:Password Type=\"" + PROFILE + type + "\">" + Xml.escape(password) + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"" + BASE64_BINARY + "\">" + Base64.getEncoder().encodeToString(nonce)
                + "</wsse:Nonce>"
                + "<wsu:Created>" + created + "</wsu:Created>"
                + "</wsse:UsernameToken></wsse:Security>";
    }
}
