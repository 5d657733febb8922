package io.camwarden.vuln.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One snapshot source's replacement within one bundle's import. A bundle that carries files of a snapshot
 * source (KEV, EPSS, advisories: {@code DataFileKind.snapshot}) brings that source's whole current list: its
 * records are stored as usual, and afterwards the stored records it no longer lists are removed, in the same
 * transaction. A bundle that carries no file of the source leaves it alone.
 *
 * <p>Snapshots are ordered by their own version where the data states one (KEV catalogVersion, the EPSS
 * score date), else by when their bundles were made (the signed manifest's createdAt). An older snapshot than
 * the current one (a bundle imported late, or by mistake) is skipped whole: none of its records is stored and
 * nothing is removed, so the catalog never rolls back. It is skipped, not refused, because the rest of its
 * bundle (NVD increments, a newer snapshot of another source) is still good, and the record-by-record rule
 * already keeps older increments from replacing newer records.
 *
 * <p>A snapshot with records that could not be read removes nothing: an unreadable record is not an absent one.
 */
final class SnapshotReplacement {

    final String source;
    final String publisher;
    final String version;
    final Instant createdAt;
    /** The snapshot that was current before this bundle, or null. */
    final SnapshotStore.Current previous;
    final boolean accepted;
    /** Keys of the records the snapshot lists. */
    final Set<String> listed = new HashSet<>();
    boolean unreadableRecords;

    SnapshotReplacement(String source, String publisher, String version, Instant createdAt,
                        SnapshotStore.Current previous) {
        this.source = source;
        this.publisher = publisher;
        this.version = version;
        this.createdAt = createdAt;
        this.previous = previous;
        this.accepted = previous == null || !isOlder(version, createdAt, previous);
    }

    /**
     * Whether the snapshot ({@code version}, made at {@code createdAt}) is older than {@code current}: by the
     * versions when both are known and differ (the same version is the same list, never older), else by the
     * bundles' creation times.
     */
    static boolean isOlder(String version, Instant createdAt, SnapshotStore.Current current) {
        if (version != null && current.version() != null) {
            int c = compareVersions(version, current.version());
            if (c != 0) {
                return c < 0;
            }
            return false;
        }
        return createdAt.isBefore(current.createdAt());
    }

    /** "2025.08.25" against "2025.9.1", "2025-08-16" against "2025-08-17": digit runs as numbers, the rest as text. */
    static int compareVersions(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** What the operator reads when the snapshot was skipped. */
    String skipped(String what) {
        if (version != null && previous.version() != null) {
            return what + " " + version + " is older than the stored " + previous.version() + " (bundle #"
                    + previous.bundleId() + "): not imported, the stored one stays";
        }
        return what + " of a bundle made " + createdAt + " is older than the stored one (bundle #"
                + previous.bundleId() + ", made " + previous.createdAt() + "): not imported, the stored one stays";
    }
}
