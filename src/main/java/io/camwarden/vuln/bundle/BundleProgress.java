package io.camwarden.vuln.bundle;

/**
 * Hears how far one bundle import has got, so the CLI can draw progress bars while an NVD-sized bundle
 * takes a minute or more; the REST API passes {@link #NONE}. Plain Java on purpose: the CLI implements it
 * without Spring, and the importer reports to it from its own thread, so calls must return quickly.
 */
public interface BundleProgress {

    /** Hears nothing. */
    BundleProgress NONE = new BundleProgress() {
    };

    /** {@code bytes} of the archive have been read and hashed so far (a running total). */
    default void verifying(long bytes) {
    }

    /**
     * {@code records} of the bundle file {@code path} have been imported so far (a running total, reported
     * per batch and once more when the file is done): the same records the import's summary line counts.
     */
    default void importing(String path, long records) {
    }
}
