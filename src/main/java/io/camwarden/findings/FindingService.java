package io.camwarden.findings;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.CheckResult;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.Text;
import io.camwarden.registry.Writes;
import io.camwarden.registry.device.DeviceRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading findings within the caller's scope, and accepting the risk of one: the documented exception the
 * catalogue allows (INV-05 "approved by the system owner", GOV-05 "approved exception"). Any role that may
 * write the device may accept; who, why and until when are kept on the finding and in the audit log.
 */
@Service
public class FindingService {

    /** An acceptance lasts at most this long; then the next failing assessment opens the finding again. */
    public static final int MAX_ACCEPTANCE_DAYS = 366;
    private static final int MAX_REASON = 2000;

    private final FindingRepository findings;
    private final CheckResultRepository results;
    private final DeviceRepository devices;
    private final AuditLog audit;
    private final Clock clock;

    public FindingService(FindingRepository findings, CheckResultRepository results, DeviceRepository devices,
                          AuditLog audit, Clock clock) {
        this.findings = findings;
        this.results = results;
        this.devices = devices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Finding> list(Caller caller, FindingRepository.Filter filter, PageRequest page) {
        return findings.list(caller.scope(), filter, page);
    }

    @Transactional(readOnly = true)
    public Page<Finding> forDevice(Caller caller, long deviceId, PageRequest page) {
        devices.find(caller.scope(), deviceId).orElseThrow(() -> new NotFoundException("device", deviceId));
        return findings.list(caller.scope(), FindingRepository.Filter.device(deviceId), page);
    }

    @Transactional(readOnly = true)
    public Finding get(Caller caller, long id) {
        return findings.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("finding", id));
    }

    /** Every result of the finding's (device, check), newest first: PASS, FAIL, NOT_APPLICABLE, NOT_TESTED. */
    @Transactional(readOnly = true)
    public List<CheckResult> history(Caller caller, long id, int limit) {
        Finding f = get(caller, id);
        return results.history(f.deviceId(), f.checkId(), Math.min(Math.max(limit, 1), 1000));
    }

    @Transactional
    public Finding acceptRisk(Caller caller, long id, RiskAcceptanceRequest r) {
        Writes.requireWriter(caller);
        Finding f = get(caller, id);
        if (f.status() == FindingStatus.CLOSED) {
            throw new ConflictException("finding " + id + " is closed: there is no risk to accept");
        }
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        String reason = r == null ? null : Text.trim(r.reason());
        if (reason == null) {
            errors.add("reason", "is required: say why the risk is accepted and what limits it");
        } else if (reason.length() > MAX_REASON) {
            errors.add("reason", "is longer than " + MAX_REASON + " characters");
        }
        LocalDate until = r == null ? null : r.until();
        if (until == null) {
            errors.add("until", "is required: the date after which the finding opens again");
        } else if (until.isBefore(today)) {
            errors.add("until", until + " has passed");
        } else if (until.isAfter(today.plusDays(MAX_ACCEPTANCE_DAYS))) {
            errors.add("until", "may be at most a year ahead (" + today.plusDays(MAX_ACCEPTANCE_DAYS)
                    + "): accept again after reviewing it then");
        }
        errors.throwIfAny();
        Instant now = Instant.now(clock);
        findings.acceptRisk(id, FindingStatus.ACCEPTED_RISK, new Finding.RiskAcceptance(reason, until,
                caller.username(), now), now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("deviceId", f.deviceId());
        detail.put("checkId", f.checkId());
        detail.put("reason", reason);
        detail.put("until", until.toString());
        audit.record("finding.accept_risk", "finding", id, detail);
        return get(caller, id);
    }

    @Transactional
    public Finding withdrawAcceptance(Caller caller, long id) {
        Writes.requireWriter(caller);
        Finding f = get(caller, id);
        if (f.status() != FindingStatus.ACCEPTED_RISK) {
            throw new ConflictException("finding " + id + " is " + f.status() + ", not ACCEPTED_RISK");
        }
        findings.acceptRisk(id, FindingStatus.OPEN, null, Instant.now(clock));
        audit.record("finding.withdraw_acceptance", "finding", id, Map.of("deviceId", f.deviceId(),
                "checkId", f.checkId()));
        return get(caller, id);
    }
}
