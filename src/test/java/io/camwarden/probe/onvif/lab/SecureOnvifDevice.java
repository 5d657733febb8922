package io.camwarden.probe.onvif.lab;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Apache CXF + WSS4J device of shared/lab/onvif-secure, which really checks WS-UsernameToken:
 * GetSystemDateAndTime is open, GetDeviceInformation needs admin/12345. Its dependencies are resolved once with
 * the project's Maven wrapper into target/lab; the device source runs with the JDK's source launcher, so nothing
 * is written into ../shared.
 */
public final class SecureOnvifDevice implements AutoCloseable {

    public static final String USER = "admin";
    public static final String PASSWORD = "12345";

    private final LabProcess process;
    private final URI deviceService;

    private SecureOnvifDevice(LabProcess process, URI deviceService) {
        this.process = process;
        this.deviceService = deviceService;
    }

    public static SecureOnvifDevice start(String host) throws IOException, InterruptedException {
        int port = LabProcess.freePort();
        URI uri = URI.create("http://" + host + ":" + port + "/onvif/device_service");
        Path source = Lab.shared().resolve("lab/onvif-secure/src/main/java/lab/OnvifDevice.java");
        LabProcess p = LabProcess.start("onvif-secure", List.of(Lab.java(), "-cp", classpath(), source.toString(),
                uri.toString()), null, Map.of());
        p.awaitOutput("listening at", Duration.ofSeconds(90)).awaitTcp(host, port, Duration.ofSeconds(10));
        return new SecureOnvifDevice(p, uri);
    }

    /** The device's runtime classpath, resolved by Maven once and kept in target/lab. */
    private static synchronized String classpath() throws IOException, InterruptedException {
        Path cpFile = Path.of("target", "lab", "onvif-secure.classpath").toAbsolutePath();
        if (!Files.isRegularFile(cpFile) || Files.size(cpFile) == 0) {
            Files.createDirectories(cpFile.getParent());
            Path pom = Lab.shared().resolve("lab/onvif-secure/pom.xml");
            Process mvn = new ProcessBuilder(Path.of("mvnw").toAbsolutePath().toString(), "-q", "-f", pom.toString(),
                    "dependency:build-classpath", "-Dmdep.outputFile=" + cpFile)
                    .redirectErrorStream(true).start();
            String out = new String(mvn.getInputStream().readAllBytes());
            if (mvn.waitFor() != 0 || !Files.isRegularFile(cpFile)) {
                throw new IllegalStateException("could not resolve the CXF lab device's dependencies with Maven "
                        + "(needs Maven Central once): " + out);
            }
        }
        return Files.readString(cpFile).strip();
    }

    public URI deviceService() {
        return deviceService;
    }

    @Override
    public void close() {
        process.close();
    }
}
