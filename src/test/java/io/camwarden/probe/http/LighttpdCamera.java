package io.camwarden.probe.http;

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
 * The lab's camera web interface (shared/lab/http/camera-web.sh: lighttpd with a chosen Server
 * banner, realm, page title and auth none/basic/digest/tls), configured the same way but bound to
 * one of this developer's loopback addresses: the shared script always listens on 0.0.0.0. Runs
 * lighttpd in the foreground so the test can stop it; serves a favicon too.
 */
final class LighttpdCamera implements AutoCloseable {

    static final String BANNER = "App-webs/";
    static final String REALM = "IP Camera";
    static final String TITLE = "Network Camera";
    static final String USER = "admin";
    static final String PASSWORD = "12345";

    final Endpoint endpoint;
    final Path dir;
    private final LabProcess process;

    private LighttpdCamera(Endpoint endpoint, Path dir, LabProcess process) {
        this.endpoint = endpoint;
        this.dir = dir;
        this.process = process;
    }

    static LighttpdCamera start(String address, String auth, byte[] favicon) throws Exception {
        int port = LabProcess.freePort(address);
        Path d = Files.createTempDirectory("camweb-");
        Path www = Files.createDirectories(d.resolve("www"));
        Files.writeString(www.resolve("index.html"),
                "<html><head><title>" + TITLE + "</title></head><body>login</body></html>\n");
        Files.write(www.resolve("favicon.ico"), favicon);
        Files.writeString(d.resolve("plain"), USER + ":" + PASSWORD + "\n");
        Files.writeString(d.resolve("digest"), USER + ":" + REALM + ":" + md5(USER + ":" + REALM + ":" + PASSWORD) + "\n");
        StringBuilder conf = new StringBuilder();
        conf.append("server.modules = (\"mod_auth\", \"mod_authn_file\", \"mod_openssl\", \"mod_accesslog\")\n");
        conf.append("server.document-root = \"").append(www).append("\"\n");
        conf.append("server.bind = \"").append(address).append("\"\n");
        conf.append("server.port = ").append(port).append('\n');
        conf.append("server.errorlog = \"").append(d.resolve("error.log")).append("\"\n");
        conf.append("accesslog.filename = \"").append(d.resolve("access.log")).append("\"\n");
        conf.append("server.tag = \"").append(BANNER).append("\"\n");
        conf.append("index-file.names = (\"index.html\")\n");
        conf.append("mimetype.assign = (\".html\" => \"text/html\", \".ico\" => \"image/x-icon\")\n");
        switch (auth) {
            case "basic" -> conf.append("auth.backend = \"plain\"\nauth.backend.plain.userfile = \"").append(d.resolve("plain"))
                    .append("\"\nauth.require = (\"/\" => (\"method\" => \"basic\", \"realm\" => \"").append(REALM)
                    .append("\", \"require\" => \"valid-user\"))\n");
            case "digest" -> conf.append("auth.backend = \"htdigest\"\nauth.backend.htdigest.userfile = \"")
                    .append(d.resolve("digest")).append("\"\nauth.require = (\"/\" => (\"method\" => \"digest\", \"realm\" => \"")
                    .append(REALM).append("\", \"require\" => \"valid-user\", \"algorithm\" => \"MD5\"))\n");
            case "tls" -> {
                LabProcess.Result made = LabProcess.run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                        "-days", "30", "-subj", "/CN=" + TITLE, "-keyout", d.resolve("key.pem").toString(), "-out",
                        d.resolve("cert.pem").toString()), Duration.ofSeconds(30));
                if (made.exit() != 0) {
                    throw new IllegalStateException("openssl could not make the test certificate: " + made.output());
                }
                Files.writeString(d.resolve("server.pem"),
                        Files.readString(d.resolve("key.pem")) + Files.readString(d.resolve("cert.pem")));
                conf.append("ssl.engine = \"enable\"\nssl.pemfile = \"").append(d.resolve("server.pem")).append("\"\n");
            }
            case "none" -> {
            }
            default -> throw new IllegalArgumentException("auth must be none, basic, digest or tls: " + auth);
        }
        Files.writeString(d.resolve("lighttpd.conf"), conf);
        LabProcess process = LabProcess.start(List.of("lighttpd", "-D", "-f", d.resolve("lighttpd.conf").toString()),
                address, port, Duration.ofSeconds(15));
        return new LighttpdCamera(new Endpoint(address, port), d, process);
    }

    String url(String scheme) {
        return scheme + "://" + endpoint.authority() + "/";
    }

    /** Lines of lighttpd's access log: every request the device really received. */
    List<String> accessLog() throws Exception {
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
