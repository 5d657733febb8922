package io.camwarden.registry.device;

import java.util.List;

/**
 * What a bulk import did. Rows are numbered from 1 among the data rows (the CSV header is not a row);
 * {@code line} is where the row starts in the file. At most {@link #MAX_LISTED} rejections are listed;
 * {@code rejectedTotal} counts them all.
 */
public record ImportReport(int created, int updated, int unchanged, List<Rejection> rejected, int rejectedTotal,
                           List<String> ignoredColumns, boolean dryRun) {

    public static final int MAX_LISTED = 1000;

    /** A row that was not stored, and why. */
    public record Rejection(int row, long line, String reason) {
    }
}
