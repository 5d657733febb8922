package io.camwarden.vuln.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * Ed25519 key files, in the PEM forms OpenSSL uses, so a publisher may make keys with either tool:
 * the private key is PKCS#8 ("BEGIN PRIVATE KEY", as {@code openssl genpkey -algorithm ed25519} writes),
 * the public key X.509 SubjectPublicKeyInfo ("BEGIN PUBLIC KEY", as {@code openssl pkey -pubout} writes).
 * A key's fingerprint is the SHA-256 of its SubjectPublicKeyInfo DER, in hex; OpenSSL gives the same
 * with {@code openssl pkey -pubin -in KEY.pub -outform DER | sha256sum}.
 */
public final class BundleKeys {

    public static final String ALGORITHM = "Ed25519";
    private static final int MAX_KEY_FILE = 16 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private BundleKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
    }

    /**
     * Writes KEYFILE (readable by its owner only) and KEYFILE.pub. Refuses to overwrite either:
     * losing a signing key that publishers' users already trust is worse than an error.
     */
    public static void write(KeyPair pair, Path privateFile, Path publicFile) throws IOException {
        for (Path p : new Path[] {privateFile, publicFile}) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString(), null,
                        "refusing to overwrite an existing key file; choose another --out or move it away first");
            }
        }
        byte[] privatePem = pem("PRIVATE KEY", pair.getPrivate().getEncoded());
        if (Files.getFileStore(privateFile.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Files.createFile(privateFile, ownerOnly);
            Files.write(privateFile, privatePem, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            Files.write(privateFile, privatePem, StandardOpenOption.CREATE_NEW);
        }
        Files.write(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardOpenOption.CREATE_NEW);
    }

    public static PrivateKey readPrivate(Path file) throws IOException {
        byte[] der = der(file, "PRIVATE KEY");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeyFileException(file + " is not an Ed25519 private key (PKCS#8 PEM): " + e.getMessage());
        }
    }

    public static PublicKey readPublic(Path file) throws IOException {
        byte[] der = der(file, "PUBLIC KEY");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeyFileException(file + " is not an Ed25519 public key (X.509 PEM): " + e.getMessage());
        }
    }

    /** True when others than the owner may read the file; a private key should not be. */
    public static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** SHA-256 of the public key's SubjectPublicKeyInfo DER, 64 lower-case hex digits. */
    public static String fingerprint(PublicKey key) {
        return sha256Hex(key.getEncoded());
    }

    static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256().digest(data));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] der(Path file, String type) throws IOException {
        if (Files.size(file) > MAX_KEY_FILE) {
            throw new KeyFileException(file + " is too large to be a key file");
        }
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            String hint = type.equals("PUBLIC KEY") && text.contains("PRIVATE KEY")
                    ? " (this is a private key: give the .pub file)" : "";
            throw new KeyFileException(file + " has no '" + begin + "' block" + hint);
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to).strip());
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(file + " has a damaged " + type + " block: " + e.getMessage());
        }
    }

    /** A key file that exists but is not what it should be. */
    public static final class KeyFileException extends IllegalArgumentException {
        public KeyFileException(String message) {
            super(message);
        }
    }
}
