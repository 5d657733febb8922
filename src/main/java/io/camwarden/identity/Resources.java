package io.camwarden.identity;

import io.camwarden.fingerprint.FingerprintDataException;
import java.io.InputStream;

/** CamWarden's own identity data files, shipped in the jar beside the camera fingerprints. */
final class Resources {

    static final String DIR = "/fingerprints/camwarden/";

    private Resources() {
    }

    static InputStream open(String file) {
        InputStream in = Resources.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new FingerprintDataException("identity data " + DIR + file + " is missing from the classpath; "
                    + "the CamWarden jar is incomplete: reinstall it");
        }
        return in;
    }
}
