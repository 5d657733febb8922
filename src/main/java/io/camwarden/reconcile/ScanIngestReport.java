package io.camwarden.reconcile;

import java.util.List;

/**
 * What an upload of scan results did: hosts matched to registered devices, drift recorded (and applied
 * or not), camera-like hosts that match no device (rogue candidates), other hosts ignored, and lines
 * that could not be read.
 */
public record ScanIngestReport(long scanId, int hosts, int matched, int driftApplied, int driftNotApplied,
                               int rogueCandidates, int ignored, List<Rejected> rejected) {

    /** An unreadable line of the upload, by its line number. */
    public record Rejected(long line, String reason) {
    }
}
