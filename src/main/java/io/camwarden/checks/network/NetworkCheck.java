package io.camwarden.checks.network;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import java.util.List;

/**
 * A check decided from what the network shows: the scan's report and the live evidence of the active
 * tests. Without them (a registry-only assessment) the answer is NOT_TESTED, saying how to get one.
 */
abstract class NetworkCheck implements CheckUnit {

    static final String NOT_SCANNED = "The device was not scanned in this assessment: run `camwarden audit` on its"
            + " address (or an assessment with network checks) to decide this check.";

    @Override
    public final Decision decide(CheckSubject subject) {
        if (subject.scan() == null || subject.live() == null) {
            return Decision.notTested(Evidence.of(NOT_SCANNED));
        }
        return decide(subject.scan(), subject.live(), subject.facts());
    }

    /** For checks whose criterion also depends on the registry (the level): facts is null without the registry. */
    Decision decide(HostReport scan, LiveEvidence live, io.camwarden.checks.DeviceFacts facts) {
        return decide(scan, live);
    }

    abstract Decision decide(HostReport scan, LiveEvidence live);

    static Decision result(Outcome o, HostReport scan, Integer port, String summary, List<Evidence.Fact> facts) {
        return new Decision(o, new Evidence(summary, facts), scan.ip(), port);
    }

    static Evidence.Fact fact(String name, Object value, String source) {
        return Evidence.fact(name, value, source);
    }

    static List<Service> services(HostReport scan, ServiceProtocol... protocols) {
        List<ServiceProtocol> p = List.of(protocols);
        return scan.services().stream().filter(s -> p.contains(s.protocol())).toList();
    }
}
