package io.camwarden.checks.credential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts credentials that an audit found (AES-256-GCM, a fresh 96-bit nonce per value), with a key kept
 * outside the database: a file readable only by its owner, or the environment. Stolen database backups
 * then do not give away the passwords of cameras. The stored form is "v1:" + base64(nonce || ciphertext).
 */
public final class CredentialVault {

    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    /** The fingerprint key, derived from the vault key so that one secret kept outside the database serves both. */
    private final SecretKey fingerprintKey;

    private CredentialVault(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the credential key must be 32 bytes (256 bits), was " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
        this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"),
                "camwarden found-credential fingerprint v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    /**
     * A keyed fingerprint of a credential (HMAC-SHA256 of user name, a NUL, and password; hex): equal for equal
     * credentials, so AUTH-06 finds a pair reused across devices without decrypting any, and useless for testing
     * guesses without the vault key.
     */
    public String fingerprint(String username, String password) {
        byte[] in = (username + "\0" + password).getBytes(StandardCharsets.UTF_8);
        return java.util.HexFormat.of().formatHex(hmac(fingerprintKey, in));
    }

    private static byte[] hmac(SecretKey k, byte[] data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(k);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /**
     * The key from {@code base64Key} when given (env CAMWARDEN_VAULT_KEY), else from {@code keyFile}, which is
     * created (0600) with a random key on first use.
     */
    public static CredentialVault open(String base64Key, Path keyFile) throws IOException {
        if (base64Key != null && !base64Key.isBlank()) {
            return new CredentialVault(Base64.getDecoder().decode(base64Key.strip()));
        }
        if (!Files.exists(keyFile)) {
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            byte[] k = new byte[32];
            RANDOM.nextBytes(k);
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(k) + "\n");
        }
        return new CredentialVault(Base64.getDecoder().decode(Files.readString(keyFile).strip()));
    }

    public String encrypt(String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] ct = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + ct.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(ct, 0, out, nonce.length, ct.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** @throws IllegalArgumentException when the value was not sealed with this key or was altered */
    public String decrypt(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed credential");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the sealed credential does not open with this key (altered, or"
                    + " another key): check CAMWARDEN_VAULT_KEY / the key file");
        }
    }
}
