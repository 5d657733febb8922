package io.camwarden.findings;

import io.camwarden.domain.check.Assessment;
import io.camwarden.reconcile.ScanIngestReport;
import java.util.List;

/**
 * What an audit upload did: the scan reconciliation (matches, drift, rogue candidates), the assessment of the
 * matched devices with their network evidence, the credentials found and sealed, and the hosts that match no
 * registered device (their results cannot become findings until the device is registered).
 */
public record AuditUploadReport(ScanIngestReport scan, Assessment assessment, int credentialsSealed,
                                List<String> unmatchedHosts, List<Rejected> rejected) {

    /** An unreadable line. */
    public record Rejected(long line, String reason) {
    }
}
