package io.camwarden.findings;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.checks.RegulatorOnly;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.RemediationSla;
import io.camwarden.domain.check.Severity;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The remediation deadlines GOV-05 holds findings to: how many days a finding of each severity may stay open.
 * None ship (the regulations set no general figure; the criteria notes suggest critical within 72 hours at
 * level 3+): the regulator sets them, and GOV-05 is NOT_TESTED until it does.
 */
@Service
public class RemediationSlaService {

    static final int MAX_DAYS = 3650;

    private final RemediationSlaRepository repo;
    private final AuditLog audit;
    private final Clock clock;

    public RemediationSlaService(RemediationSlaRepository repo, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RemediationSla> list() {
        return repo.list();
    }

    @Transactional
    public RemediationSla set(Caller caller, String severity, Integer days) {
        RegulatorOnly.require(caller, "set remediation deadlines");
        Severity s = severity(severity);
        if (days == null || days < 0 || days > MAX_DAYS) {
            throw InvalidInputException.of("days", "must be 0 to " + MAX_DAYS + ": the days a " + s.label()
                    + " finding may stay open");
        }
        RemediationSla sla = new RemediationSla(s, days, caller.username(), Instant.now(clock));
        repo.set(sla);
        audit.record("remediation_sla.set", "remediation_sla", null, Map.of("severity", s.name(), "days", days));
        return repo.list().stream().filter(x -> x.severity() == s).findFirst().orElseThrow();
    }

    @Transactional
    public void delete(Caller caller, String severity) {
        RegulatorOnly.require(caller, "set remediation deadlines");
        Severity s = severity(severity);
        if (!repo.delete(s)) {
            throw new NotFoundException("remediation deadline for", s.name());
        }
        audit.record("remediation_sla.delete", "remediation_sla", null, Map.of("severity", s.name()));
    }

    private static Severity severity(String text) {
        return Severity.parse(text).orElseThrow(() -> InvalidInputException.of("severity", "'" + text + "' is not "
                + Severity.accepted()));
    }
}
