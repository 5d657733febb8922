package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;

/**
 * INV-01: unmanaged (rogue) devices. A rogue device is a discovered host that matches no registry record, so it
 * has no device of its own to carry a finding: scan reconciliation keeps them as rogue candidates
 * ({@code GET /api/v1/rogue-candidates}), open until a device is registered for them or a regulator dismisses
 * them with a reason. For a registered device the check does not apply; its evidence says where rogues are.
 */
public final class RogueDeviceCheck implements CheckUnit {

    @Override
    public String checkId() {
        return "INV-01";
    }

    @Override
    public String howDecided() {
        return "By scan reconciliation (scan and audit uploads): every discovered host is matched to the registry by"
                + " serial, then MAC, then address; a camera-like host (camera, NVR, DVR or encoder by fingerprint, or"
                + " speaking RTSP, ONVIF or a vendor control protocol) with no match is a rogue candidate, listed at"
                + " GET /api/v1/rogue-candidates until registered or dismissed with a reason.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        return Decision.notApplicable(new FactList().add("device.serial", f.device().serial(), f.deviceSource())
                .add("device.mac", f.device().mac(), f.deviceSource())
                .evidence("This device is in the registry. Unregistered devices found by scans are the rogue"
                        + " candidates (GET /api/v1/rogue-candidates)."));
    }
}
