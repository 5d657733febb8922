package io.camwarden.probe.onvif.lab;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * lighttpd (the lab's camera web server) demanding HTTP Digest (MD5, qop=auth) in front of another lab device,
 * as some cameras put HTTP authentication in front of their ONVIF service.
 */
public final class DigestProxy implements AutoCloseable {

    public static final String REALM = "ONVIF Camera";

    private final LabProcess process;
    private final Path dir;
    private final URI uri;

    private DigestProxy(LabProcess process, Path dir, URI uri) {
        this.process = process;
        this.dir = dir;
        this.uri = uri;
    }

    /** Listens on {@code host} only, forwards everything to {@code backendHost:backendPort}. */
    public static DigestProxy start(String host, String backendHost, int backendPort, String user, String password)
            throws IOException, InterruptedException {
        int port = LabProcess.freePort();
        Path dir = Files.createTempDirectory("cw-lab-digest-");
        Files.createDirectories(dir.resolve("www"));
        Files.writeString(dir.resolve("htdigest"), user + ":" + REALM + ":" + md5(user + ":" + REALM + ":" + password)
                + "\n");
        Files.writeString(dir.resolve("lighttpd.conf"), String.join("\n",
                "server.modules = (\"mod_auth\", \"mod_authn_file\", \"mod_proxy\")",
                "server.document-root = \"" + dir.resolve("www") + "\"",
                "server.bind = \"" + host + "\"",
                "server.port = " + port,
                "server.errorlog = \"" + dir.resolve("error.log") + "\"",
                "auth.backend = \"htdigest\"",
                "auth.backend.htdigest.userfile = \"" + dir.resolve("htdigest") + "\"",
                "auth.require = (\"/\" => (\"method\" => \"digest\", \"realm\" => \"" + REALM
                        + "\", \"require\" => \"valid-user\", \"algorithm\" => \"MD5\"))",
                "proxy.server = (\"\" => ((\"host\" => \"" + backendHost + "\", \"port\" => " + backendPort + ")))",
                ""));
        LabProcess p = LabProcess.start("lighttpd-digest", List.of("lighttpd", "-D", "-f",
                dir.resolve("lighttpd.conf").toString()), dir, Map.of());
        return new DigestProxy(p.awaitTcp(host, port, Duration.ofSeconds(20)), dir,
                URI.create("http://" + host + ":" + port + "/onvif/device_service"));
    }

    public URI deviceService() {
        return uri;
    }

    private static String md5(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, d));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        process.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
