package io.camwarden.vuln.bundle;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public keys whose signatures this installation accepts, by fingerprint. */
public final class TrustedKeys {

    /** One trusted key and the file it was read from, so messages can say where it came from. */
    public record TrustedKey(String fingerprint, PublicKey key, String file) {
    }

    private final Map<String, TrustedKey> byFingerprint;

    private TrustedKeys(Map<String, TrustedKey> byFingerprint) {
        this.byFingerprint = Map.copyOf(byFingerprint);
    }

    public static TrustedKeys none() {
        return new TrustedKeys(Map.of());
    }

    /**
     * Reads every public-key file. {@code origin} says where the list came from (an option, a setting)
     * so that a bad entry can be found and fixed.
     */
    public static TrustedKeys load(Collection<Path> files, String origin) {
        Map<String, TrustedKey> keys = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                PublicKey key = BundleKeys.readPublic(file);
                String fp = BundleKeys.fingerprint(key);
                keys.putIfAbsent(fp, new TrustedKey(fp, key, file.toString()));
            } catch (NoSuchFileException e) {
                throw new BundleKeys.KeyFileException("trusted key file " + file + " (" + origin + ") does not exist");
            } catch (IOException e) {
                throw new BundleKeys.KeyFileException("trusted key file " + file + " (" + origin + ") cannot be read: "
                        + e.getMessage());
            } catch (BundleKeys.KeyFileException e) {
                throw new BundleKeys.KeyFileException(e.getMessage() + " (listed in " + origin + ")");
            }
        }
        return new TrustedKeys(keys);
    }

    /** Comma-separated paths, as in CAMWARDEN_BUNDLE_KEYS; blanks are ignored. */
    public static List<Path> paths(String commaSeparated) {
        List<Path> paths = new ArrayList<>();
        if (commaSeparated != null) {
            for (String p : commaSeparated.split(",")) {
                if (!p.isBlank()) {
                    paths.add(Path.of(p.strip()));
                }
            }
        }
        return paths;
    }

    public TrustedKeys plus(TrustedKeys other) {
        Map<String, TrustedKey> all = new LinkedHashMap<>(byFingerprint);
        other.byFingerprint.forEach(all::putIfAbsent);
        return new TrustedKeys(all);
    }

    public TrustedKey find(String fingerprint) {
        return byFingerprint.get(fingerprint);
    }

    public boolean isEmpty() {
        return byFingerprint.isEmpty();
    }

    public Collection<TrustedKey> all() {
        return byFingerprint.values();
    }
}
