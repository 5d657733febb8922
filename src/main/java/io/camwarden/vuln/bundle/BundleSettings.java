package io.camwarden.vuln.bundle;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bundle settings (see application.properties): which public keys are trusted, and after how many days
 * the data counts as stale. Keys are read at each use, so a key added to the list is trusted without
 * a restart, and a broken entry is reported where it matters instead of stopping the server.
 */
@Component
public class BundleSettings {

    static final String KEYS_ORIGIN = "camwarden.bundle-keys / CAMWARDEN_BUNDLE_KEYS";

    private final String keys;
    private final int maxAgeDays;
    private final Path workRoot;

    public BundleSettings(@Value("${camwarden.bundle-keys:}") String keys,
                          @Value("${camwarden.bundles.max-age-days:7}") int maxAgeDays,
                          @Value("${camwarden.data-dir}") Path dataDir) {
        if (maxAgeDays < 1) {
            throw new IllegalArgumentException("camwarden.bundles.max-age-days must be 1 or more, not " + maxAgeDays);
        }
        this.keys = keys;
        this.maxAgeDays = maxAgeDays;
        this.workRoot = dataDir.resolve("tmp");
    }

    public TrustedKeys trustedKeys() {
        return TrustedKeys.load(TrustedKeys.paths(keys), KEYS_ORIGIN);
    }

    public int maxAgeDays() {
        return maxAgeDays;
    }

    /** Where bundles are unpacked while being imported: under the data directory, not a small /tmp. */
    public Path workRoot() {
        return workRoot;
    }
}
