package io.camwarden.probe.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The two hashes a favicon is known by: the MD5 of its bytes (recog favicons.xml, OWASP favicon
 * database) and Shodan's mmh3 hash: MurmurHash3 x86_32, seed 0, over the base64 of the bytes with a
 * newline after every 76 characters and at the end (Python's base64.encodebytes), as a signed int.
 */
public record FaviconHash(String md5, int mmh3) {

    public static FaviconHash of(byte[] icon) {
        try {
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(icon));
            return new FaviconHash(md5, Mmh3.hash32(shodanBase64(icon), 0));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    /** Base64 in lines of 76 characters, each ending in a newline, like Python's base64.encodebytes. */
    static byte[] shodanBase64(byte[] icon) {
        String lines = Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(icon);
        return (lines.isEmpty() ? lines : lines + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
