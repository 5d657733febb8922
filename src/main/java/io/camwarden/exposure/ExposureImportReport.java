package io.camwarden.exposure;

import java.util.List;

/**
 * What an import of exposure reports did. Rows are numbered from 1 among the data rows; {@code line} is where
 * the row starts in the file. A report already stored (same address, port, time, source and kind) is a
 * duplicate and is left alone, so importing a file twice changes nothing.
 */
public record ExposureImportReport(int imported, int duplicates, List<Rejection> rejected, int rejectedTotal) {

    public static final int MAX_LISTED = 1000;

    /** A row that was not stored, and why. */
    public record Rejection(int row, long line, String reason) {
    }
}
