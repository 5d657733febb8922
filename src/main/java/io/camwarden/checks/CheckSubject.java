package io.camwarden.checks;

import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import java.util.Map;

/**
 * What one assessment knows about one device: its registry facts and, when the assessment scanned it, the
 * scan's report (services, observations, identity). Registry checks read the facts; network checks (the
 * unauthenticated RTSP/ONVIF/snapshot, TLS, exposed-service and credential checks) read the scan and the
 * {@code live} evidence of the active tests, and are NOT_TESTED when the assessment did not scan the device.
 * {@code decided} holds the outcomes of the other checks of this run, for units that decide after them
 * ({@link CheckUnit#decidesAfterOthers()}); it is empty for the rest.
 */
public record CheckSubject(DeviceFacts facts, HostReport scan, io.camwarden.checks.network.LiveEvidence live,
                           Map<String, Outcome> decided) {

    public CheckSubject {
        decided = decided == null ? Map.of() : Map.copyOf(decided);
    }

    public static CheckSubject registryOnly(DeviceFacts facts) {
        return new CheckSubject(facts, null, null, null);
    }

    /** A device the assessment also scanned and tested actively. */
    public static CheckSubject scanned(DeviceFacts facts, HostReport scan, io.camwarden.checks.network.LiveEvidence live) {
        return new CheckSubject(facts, scan, live, null);
    }

    /** The same subject with the outcomes the other checks of this run reached. */
    public CheckSubject withDecided(Map<String, Outcome> outcomes) {
        return new CheckSubject(facts, scan, live, outcomes);
    }
}
