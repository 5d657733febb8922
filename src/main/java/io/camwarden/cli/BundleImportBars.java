package io.camwarden.cli;

import io.camwarden.vuln.bundle.BundleProgress;

/**
 * The progress of `bundle import`: one bar while the archive is verified (bytes hashed, of the file's
 * size), then one per data file as its records are imported (their number is not known before the file
 * is read, so a count and a rate). Bars draw only on a terminal, as {@link ProgressBar} decides.
 */
final class BundleImportBars implements BundleProgress, AutoCloseable {

    private final long archiveBytes;
    private final ProgressBar verifying;
    private ProgressBar importing;
    private String path;
    private boolean verified;

    BundleImportBars(long archiveBytes) {
        this.archiveBytes = archiveBytes;
        verifying = new ProgressBar("verifying", archiveBytes, "bytes");
    }

    @Override
    public void verifying(long bytes) {
        verifying.set(bytes);
    }

    @Override
    public void importing(String path, long records) {
        verified();
        if (!path.equals(this.path)) {
            if (importing != null) {
                importing.close();
            }
            this.path = path;
            importing = new ProgressBar("importing " + path, 0, "records");
        }
        importing.set(records);
    }

    /**
     * The archive was read to its end and passed: the bar says 100 %, though the bytes counted as hashed leave
     * out the tar's last headers and end blocks.
     */
    void verified() {
        if (!verified) {
            verified = true;
            verifying.set(archiveBytes);
            verifying.close();
        }
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
