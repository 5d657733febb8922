package io.camwarden.cli;

import io.camwarden.vuln.bundle.BundleProgress;

/**
 * The progress of `bundle import`: one bar while the archive is verified (bytes hashed, of the file's
 * size), then one per data file as its records are imported (their number is not known before the file
 * is read, so a count and a rate). Bars draw only on a terminal, as {@link ProgressBar} decides.
 */
final class BundleImportBars implements BundleProgress, AutoCloseable {

    private final ProgressBar verifying;
    private ProgressBar importing;
    private String path;

    BundleImportBars(long archiveBytes) {
        verifying = new ProgressBar("verifying", archiveBytes, "bytes");
    }

    @Override
    public void verifying(long bytes) {
        verifying.set(bytes);
    }

    @Override
    public void importing(String path, long records) {
        verifying.close();
        if (!path.equals(this.path)) {
            if (importing != null) {
                importing.close();
            }
            this.path = path;
            importing = new ProgressBar("importing " + path, 0, "records");
        }
        importing.set(records);
    }

    /** Ends the bars' lines before the summary is printed; closing twice is harmless. */
    @Override
    public void close() {
        verifying.close();
        if (importing != null) {
            importing.close();
        }
    }
}
