package io.camwarden.domain.vuln;

/** One data file listed in a bundle manifest: its path in the bundle, its size and its SHA-256 (lower-case hex). */
public record BundleFile(String path, long size, String sha256) {
}
