package io.camwarden.lab;

import io.camwarden.probe.LabProcess;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server certificates for the lab's lighttpd TLS cameras, made by the real tools (openssl, and the JDK's
 * keytool for the one openssl 3.0 cannot back-date): the kinds cameras ship with (self-signed, vendor default
 * subject, weak 1024-bit key, expired) and a good one issued by an owner's PKI. Each is one PEM file with the
 * key and the certificate, as lighttpd's ssl.pemfile wants it.
 */
public final class TestCertificates {

    private final Path dir;
    private Path caKey;
    private Path caCert;

    public TestCertificates() throws IOException {
        this.dir = Files.createTempDirectory("cw-certs-");
    }

    /** Self-signed, valid for 30 days from now, with an RSA key of {@code bits}. */
    public Path selfSigned(String name, String subject, int bits) throws Exception {
        Path key = dir.resolve(name + ".key");
        Path cert = dir.resolve(name + ".crt");
        run("openssl", "req", "-x509", "-newkey", "rsa:" + bits, "-nodes", "-days", "30", "-subj", subject,
                "-keyout", key.toString(), "-out", cert.toString());
        return pem(name, key, cert);
    }

    /** Self-signed with a strong key, but its validity ended {@code daysAgo} days ago. */
    public Path expired(String name, String dname, int daysAgo) throws Exception {
        Path store = dir.resolve(name + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "camera", "-keyalg", "RSA", "-keysize", "2048", "-dname", dname,
                "-startdate", "-" + (daysAgo + 30) + "d", "-validity", "30", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit");
        Path out = dir.resolve(name + ".pem");
        run("openssl", "pkcs12", "-in", store.toString(), "-nodes", "-passin", "pass:changeit", "-out", out.toString());
        return out;
    }

    /** A certificate for {@code subject} with a 2048-bit key, issued by the owner's own (test) CA. */
    public Path issuedByOwnerCa(String name, String subject) throws Exception {
        if (caCert == null) {
            caKey = dir.resolve("owner-ca.key");
            caCert = dir.resolve("owner-ca.crt");
            run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "365", "-subj",
                    "/O=City Video Owner/CN=Owner Camera CA", "-keyout", caKey.toString(), "-out", caCert.toString());
        }
        Path key = dir.resolve(name + ".key");
        Path csr = dir.resolve(name + ".csr");
        Path cert = dir.resolve(name + ".crt");
        run("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", subject, "-keyout", key.toString(),
                "-out", csr.toString());
        run("openssl", "x509", "-req", "-in", csr.toString(), "-CA", caCert.toString(), "-CAkey", caKey.toString(),
                "-CAcreateserial", "-days", "90", "-out", cert.toString());
        return pem(name, key, cert);
    }

    /** The certificate inside a PEM file of {@link #selfSigned} and the others (after the key). */
    public static X509Certificate certificate(Path pem) throws Exception {
        Matcher m = Pattern.compile("-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", Pattern.DOTALL)
                .matcher(Files.readString(pem));
        if (!m.find()) {
            throw new IllegalArgumentException("no certificate in " + pem);
        }
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.US_ASCII)));
    }

    private Path pem(String name, Path key, Path cert) throws IOException {
        Path out = dir.resolve(name + ".pem");
        Files.writeString(out, Files.readString(key) + Files.readString(cert));
        return out;
    }

    private static void run(String... command) throws Exception {
        LabProcess.Result r = LabProcess.run(new ArrayList<>(List.of(command)), Duration.ofSeconds(60));
        if (r.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + r.output());
        }
    }
}
