package io.camwarden.checks;

import io.camwarden.domain.scan.HostReport;

/**
 * What one assessment knows about one device: its registry facts and, when the assessment scanned it, the
 * scan's report (services, observations, identity). Registry checks read the facts; network checks (the
 * unauthenticated RTSP/ONVIF/snapshot, TLS, exposed-service and credential checks) read the scan and the
 * {@code live} evidence of the active tests, and are NOT_TESTED when the assessment did not scan the device.
 */
public record CheckSubject(DeviceFacts facts, HostReport scan, io.camwarden.checks.network.LiveEvidence live) {

    public static CheckSubject registryOnly(DeviceFacts facts) {
        return new CheckSubject(facts, null, null);
    }

    /** A device the assessment also scanned and tested actively. */
    public static CheckSubject scanned(DeviceFacts facts, HostReport scan, io.camwarden.checks.network.LiveEvidence live) {
        return new CheckSubject(facts, scan, live);
    }
}
