package io.camwarden.lab;

import io.camwarden.probe.Endpoint;
import io.camwarden.probe.LabProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The lab's camera web interface (shared/lab/http/camera-web.sh: lighttpd with a chosen Server banner, realm,
 * page title and auth none/basic/digest/tls), configured the same way but bound to one loopback address
 * (the shared script listens on 0.0.0.0), with what the audit checks need on top: a TLS port with a given
 * certificate, and plain HTTP that only redirects to it. Runs lighttpd in the foreground so the test can stop
 * it; its access log counts what a client really sent.
 */
public final class Lighttpd implements AutoCloseable {

    public static final String USER = "admin";
    public static final String PASSWORD = "12345";

    /**
     * How the camera is set up. {@code auth}: none, basic or digest. {@code tls}: a PEM with key and certificate
     * (null: plain HTTP only). {@code redirectToHttps}: the plain HTTP port answers only with a redirect to the
     * TLS port (needs {@code tls}).
     */
    public record Config(String address, String auth, String banner, String realm, String title, String password,
                         Path tls, boolean plainHttp, boolean redirectToHttps) {

        public static Config camera(String address, String auth) {
            return new Config(address, auth, "App-webs/", "IP Camera", "Network Camera", PASSWORD, null, true, false);
        }

        public Config banner(String b) {
            return new Config(address, auth, b, realm, title, password, tls, plainHttp, redirectToHttps);
        }

        public Config title(String t) {
            return new Config(address, auth, banner, realm, t, password, tls, plainHttp, redirectToHttps);
        }

        public Config password(String p) {
            return new Config(address, auth, banner, realm, title, p, tls, plainHttp, redirectToHttps);
        }

        /** HTTPS only, with this key and certificate (PEM). */
        public Config tlsOnly(Path pem) {
            return new Config(address, auth, banner, realm, title, password, pem, false, false);
        }

        /** HTTPS with this certificate, and plain HTTP that only redirects there. */
        public Config httpsWithRedirect(Path pem) {
            return new Config(address, auth, banner, realm, title, password, pem, true, true);
        }
    }

    public final Config config;
    /** The plain HTTP port, or null when the camera serves HTTPS only. */
    public final Endpoint http;
    /** The HTTPS port, or null. */
    public final Endpoint https;
    public final Path dir;
    private final LabProcess process;

    private Lighttpd(Config config, Endpoint http, Endpoint https, Path dir, LabProcess process) {
        this.config = config;
        this.http = http;
        this.https = https;
        this.dir = dir;
        this.process = process;
    }

    public static Lighttpd start(Config c) throws Exception {
        Path d = Files.createTempDirectory("cw-lighttpd-");
        Path www = Files.createDirectories(d.resolve("www"));
        Files.writeString(www.resolve("index.html"), "<html><head><title>" + c.title()
                + "</title></head><body>login</body></html>\n");
        Files.writeString(d.resolve("plain"), USER + ":" + c.password() + "\n");
        Files.writeString(d.resolve("digest"), USER + ":" + c.realm() + ":" + md5(USER + ":" + c.realm() + ":"
                + c.password()) + "\n");
        Integer httpPort = c.plainHttp() ? LabProcess.freePort(c.address()) : null;
        Integer tlsPort = c.tls() != null ? LabProcess.freePort(c.address()) : null;
        int mainPort = httpPort != null ? httpPort : tlsPort;
        StringBuilder conf = new StringBuilder();
        // mod_redirect before mod_auth: plain HTTP redirects before it asks for a password, as a camera set to HTTPS does
        conf.append("server.modules = (\"mod_redirect\", \"mod_auth\", \"mod_authn_file\", \"mod_openssl\","
                + " \"mod_accesslog\")\n");
        conf.append("server.document-root = \"").append(www).append("\"\n");
        conf.append("server.bind = \"").append(c.address()).append("\"\n");
        conf.append("server.port = ").append(mainPort).append('\n');
        conf.append("server.errorlog = \"").append(d.resolve("error.log")).append("\"\n");
        conf.append("accesslog.filename = \"").append(d.resolve("access.log")).append("\"\n");
        // the Authorization header as it arrived ("-" when none): what the budget tests count on the device side
        conf.append("accesslog.format = \"%h %t \\\"%r\\\" %>s auth=%{Authorization}i\"\n");
        conf.append("server.tag = \"").append(c.banner()).append("\"\n");
        conf.append("index-file.names = (\"index.html\")\n");
        conf.append("mimetype.assign = (\".html\" => \"text/html\", \".jpg\" => \"image/jpeg\")\n");
        switch (c.auth()) {
            case "basic" -> conf.append("auth.backend = \"plain\"\nauth.backend.plain.userfile = \"")
                    .append(d.resolve("plain")).append("\"\nauth.require = (\"/\" => (\"method\" => \"basic\", \"realm\" => \"")
                    .append(c.realm()).append("\", \"require\" => \"valid-user\"))\n");
            case "digest" -> conf.append("auth.backend = \"htdigest\"\nauth.backend.htdigest.userfile = \"")
                    .append(d.resolve("digest")).append("\"\nauth.require = (\"/\" => (\"method\" => \"digest\", \"realm\" => \"")
                    .append(c.realm()).append("\", \"require\" => \"valid-user\", \"algorithm\" => \"MD5\"))\n");
            case "none" -> {
            }
            default -> throw new IllegalArgumentException("auth must be none, basic or digest: " + c.auth());
        }
        if (tlsPort != null) {
            String tlsConf = "ssl.engine = \"enable\"\nssl.pemfile = \"" + c.tls() + "\"\n"
                    // old cameras' weak keys (RSA 1024) must load too: Debian's OpenSSL refuses them at its default level
                    + "ssl.openssl.ssl-conf-cmd = (\"CipherString\" => \"DEFAULT:@SECLEVEL=0\")\n";
            if (httpPort == null) {
                conf.append(tlsConf);
            } else {
                conf.append("$SERVER[\"socket\"] == \"").append(c.address()).append(':').append(tlsPort).append("\" {\n")
                        .append(tlsConf).append("}\n");
            }
        }
        if (c.redirectToHttps()) {
            conf.append("$HTTP[\"scheme\"] == \"http\" {\n  url.redirect = (\"^/(.*)\" => \"https://")
                    .append(c.address()).append(':').append(tlsPort).append("/$1\")\n}\n");
        }
        Files.writeString(d.resolve("lighttpd.conf"), conf);
        LabProcess process = LabProcess.start(List.of("lighttpd", "-D", "-f", d.resolve("lighttpd.conf").toString()),
                c.address(), mainPort, Duration.ofSeconds(15));
        return new Lighttpd(c, httpPort == null ? null : new Endpoint(c.address(), httpPort),
                tlsPort == null ? null : new Endpoint(c.address(), tlsPort), d, process);
    }

    /** Lines of lighttpd's access log: every request the device really received. */
    public List<String> accessLog() throws Exception {
        Path log = dir.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        process.close();
    }
}
