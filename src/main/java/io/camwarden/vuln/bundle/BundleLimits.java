package io.camwarden.vuln.bundle;

/**
 * How large a bundle may be. Checked against headers and the manifest before anything is read or
 * written, so an absurd bundle is refused without filling memory or disk. The defaults hold the whole
 * NVD, KEV and EPSS several times over.
 */
public record BundleLimits(int maxFiles, long maxFileBytes, long maxTotalBytes, int maxManifestBytes) {

    public static final BundleLimits DEFAULT =
            new BundleLimits(10_000, CanonicalTar.MAX_SIZE, 16L * 1024 * 1024 * 1024, 16 * 1024 * 1024);
}
