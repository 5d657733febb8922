package io.camwarden.probe.onvif.lab;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the camera lab is: the shared folder beside the project, and the npm devices install.sh put in place. */
public final class Lab {

    private Lab() {
    }

    /** {@code ../shared}, as surefire passes it (camwarden.shared). */
    public static Path shared() {
        return Path.of(System.getProperty("camwarden.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** The npm install dir of {@code shared/lab/install.sh}: $CAMWARDEN_LAB_NPM, else ~/.cache/camwarden-lab. */
    public static Path npmDir() {
        String env = System.getenv("CAMWARDEN_LAB_NPM");
        return env != null && !env.isBlank()
                ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "camwarden-lab");
    }

    /** The ONVIF mock's directory, or a failure that says how to install it. */
    public static Path onvifMockDir() {
        Path dir = npmDir().resolve("onvif-mock");
        if (!Files.isDirectory(dir.resolve("node_modules").resolve("onvif"))) {
            throw new IllegalStateException("the ONVIF mock is not installed in " + dir
                    + ": run `sh ../shared/lab/install.sh` (as root), or set CAMWARDEN_LAB_NPM to its npm dir");
        }
        return dir;
    }

    /** The java binary running this test (Temurin 25 under the build), for peers that are Java programs. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
