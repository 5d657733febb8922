package io.camwarden.findings;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.checks.CheckEngine;
import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.checks.DeviceFactsLoader;
import io.camwarden.notify.NoticeQueue;
import io.camwarden.notify.NotificationRepository;
import io.camwarden.checks.RuleSetRepository;
import io.camwarden.checks.RuleSetService;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Device;
import io.camwarden.domain.Scope;
import io.camwarden.domain.check.Assessment;
import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.Check;
import io.camwarden.domain.check.CheckResult;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.domain.check.FindingLifecycle;
import io.camwarden.domain.check.Outcome;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.Writes;
import io.camwarden.registry.device.DeviceRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the checks of the active rule set over one device or every device in the caller's scope, stores
 * every result, and moves each (device, check) finding through its life cycle ({@link FindingLifecycle}). A
 * finding that opens or reopens queues its notices in the same transaction ({@link NoticeQueue}); GOV-04 reads
 * the notification log of the findings as they stood before the run.
 * <p>
 * Who may run one: any role that may write the registry, over the devices it may write — the regulator and
 * administrators over everything, an owner over its own devices (to confirm a fix), an ISP over its
 * subscribers' devices. POLICE and INSPECTOR users read findings but do not run assessments.
 * <p>
 * A run is one transaction that holds the active rule-set row locked: runs take turns with each other and
 * with rule-set adoption, so a finding is never opened twice and a run never mixes two versions.
 */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);
    private static final int BATCH = 200;

    private final RuleSetService ruleSets;
    private final RuleSetRepository ruleSetRepository;
    private final CheckEngine engine;
    private final DeviceFactsLoader factsLoader;
    private final DeviceRepository devices;
    private final CheckResultRepository results;
    private final FindingRepository findings;
    private final AssessmentRepository assessments;
    private final AuditLog audit;
    private final Clock clock;
    private final NotificationRepository notices;
    private final NoticeQueue noticeQueue;

    public AssessmentService(RuleSetService ruleSets, RuleSetRepository ruleSetRepository, CheckEngine engine,
                             DeviceFactsLoader factsLoader, DeviceRepository devices, CheckResultRepository results,
                             FindingRepository findings, AssessmentRepository assessments, AuditLog audit,
                             Clock clock, NotificationRepository notices,
                             NoticeQueue noticeQueue) {
        this.notices = notices;
        this.noticeQueue = noticeQueue;
        this.ruleSets = ruleSets;
        this.ruleSetRepository = ruleSetRepository;
        this.engine = engine;
        this.factsLoader = factsLoader;
        this.devices = devices;
        this.results = results;
        this.findings = findings;
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Assessment run(Caller caller, AssessmentRequest request) {
        Writes.requireWriter(caller);
        Device single = null;
        if (request != null && request.deviceId() != null) {
            single = devices.find(caller.scope(), request.deviceId())
                    .orElseThrow(() -> new NotFoundException("device", request.deviceId()));
        }
        ruleSetRepository.lockActive();
        Catalogue catalogue = ruleSets.activeCatalogue();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        String subject = single != null ? "device " + single.id()
                : "every device in the scope of " + caller.username() + " (" + caller.role() + ")";
        long id = assessments.start(caller.username(), caller.userId(), subject, catalogue.version(), now);
        Run run = new Run(id, catalogue, factsLoader.session(today), now, today);
        if (single != null) {
            run.assess(List.of(single));
        } else {
            for (int page = 0; ; page++) {
                Page<Device> p = devices.list(caller.scope(), DeviceRepository.Filter.NONE,
                        new PageRequest(page, BATCH, "d.id ASC"));
                run.assess(p.items());
                if (p.items().size() < BATCH) {
                    break;
                }
            }
        }
        Assessment.Counts counts = run.counts();
        Assessment.FindingCounts moved = run.findingCounts();
        assessments.finish(id, run.devices, counts, moved, Instant.now(clock));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("subject", subject);
        detail.put("ruleSetVersion", catalogue.version());
        detail.put("devices", run.devices);
        detail.put("results", counts);
        detail.put("findings", moved);
        audit.record("assessment.run", "assessment", id, detail);
        log.info("Assessment {} by {}: {} devices under rule set {}: {} failed, {} passed; findings {} opened, {} reopened,"
                        + " {} closed", id, caller.username(), run.devices, catalogue.version(), counts.fail(), counts.pass(),
                moved.opened(), moved.reopened(), moved.closed());
        return assessments.find(id, null).orElseThrow();
    }

    /**
     * An assessment of the devices an audit scanned: every check of the active rule set, registry and network
     * alike, with the scan report and live evidence of each device. Findings follow the same life cycle.
     */
    @Transactional
    public Assessment runNetwork(Caller caller, String source, java.util.Map<Long, io.camwarden.checks.network.NetworkEvidence> evidence) {
        Writes.requireWriter(caller);
        ruleSetRepository.lockActive();
        Catalogue catalogue = ruleSets.activeCatalogue();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        String subject = evidence.size() + " device(s) scanned by " + source;
        long id = assessments.start(caller.username(), caller.userId(), subject, catalogue.version(), now);
        Run run = new Run(id, catalogue, factsLoader.session(today), now, today);
        run.network.putAll(evidence);
        List<Long> ids = List.copyOf(evidence.keySet());
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Device> batch = new java.util.ArrayList<>();
            for (Long deviceId : ids.subList(i, Math.min(ids.size(), i + BATCH))) {
                devices.find(caller.scope(), deviceId).ifPresent(batch::add);
            }
            run.assess(batch);
        }
        Assessment.Counts counts = run.counts();
        Assessment.FindingCounts moved = run.findingCounts();
        assessments.finish(id, run.devices, counts, moved, Instant.now(clock));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("subject", subject);
        detail.put("ruleSetVersion", catalogue.version());
        detail.put("devices", run.devices);
        detail.put("results", counts);
        detail.put("findings", moved);
        audit.record("assessment.run", "assessment", id, detail);
        log.info("Network assessment {} by {}: {} devices under rule set {}: {} failed, {} passed; findings {} opened,"
                        + " {} reopened, {} closed", id, caller.username(), run.devices, catalogue.version(), counts.fail(),
                counts.pass(), moved.opened(), moved.reopened(), moved.closed());
        return assessments.find(id, null).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Assessment get(Caller caller, long id) {
        return assessments.find(id, requester(caller)).orElseThrow(() -> new NotFoundException("assessment", id));
    }

    @Transactional(readOnly = true)
    public Page<Assessment> list(Caller caller, PageRequest page) {
        return assessments.list(requester(caller), page);
    }

    @Transactional(readOnly = true)
    public Page<CheckResult> results(Caller caller, long id, Outcome outcome, Long deviceId, PageRequest page) {
        get(caller, id);
        return results.ofAssessment(caller.scope(), id, outcome, deviceId, page);
    }

    /** Users who see everything see every run; others see the runs they asked for. */
    private static Long requester(Caller caller) {
        return caller.scope() instanceof Scope.Everything ? null : caller.userId() == null ? -1L : caller.userId();
    }

    /** One run in progress: checks batches of devices and tallies what happened. */
    private final class Run {
        private final long id;
        private final Catalogue catalogue;
        private final Map<String, String> titles = new HashMap<>();
        private final DeviceFactsLoader.Session facts;
        private final Instant at;
        private final LocalDate today;
        private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        private final Map<FindingLifecycle.Change, Integer> changes = new EnumMap<>(FindingLifecycle.Change.class);
        /** Scan and live evidence per device id, for devices an audit scanned. */
        private final Map<Long, io.camwarden.checks.network.NetworkEvidence> network = new HashMap<>();
        private int devices;

        Run(long id, Catalogue catalogue, DeviceFactsLoader.Session facts, Instant at, LocalDate today) {
            this.id = id;
            this.catalogue = catalogue;
            this.facts = facts;
            this.at = at;
            this.today = today;
            for (Check c : catalogue.checks()) {
                titles.put(c.id(), c.title());
            }
        }

        void assess(List<Device> batch) {
            if (batch.isEmpty()) {
                return;
            }
            Map<String, Finding> current = new HashMap<>();
            Map<Long, List<Finding>> byDevice = new HashMap<>();
            for (Finding f : findings.lockForDevices(batch.stream().map(Device::id).toList())) {
                current.put(key(f.deviceId(), f.checkId()), f);
                byDevice.computeIfAbsent(f.deviceId(), k -> new ArrayList<>()).add(f);
            }
            // the notification log of these findings, for GOV-04, compared with this run's time and rule set's windows
            Map<Long, List<FindingNotice>> logByDevice = new HashMap<>();
            for (var n : notices.forFindings(current.values().stream().map(Finding::id).toList())) {
                logByDevice.computeIfAbsent(n.deviceId(), k -> new ArrayList<>()).add(n);
            }
            Map<Long, DeviceFacts> factsById = new HashMap<>();
            List<CheckResult> decided = new ArrayList<>();
            for (Device d : batch) {
                var seen = network.get(d.id());
                var known = facts.facts(d).withFindings(byDevice.getOrDefault(d.id(), List.of()),
                        new DeviceFacts.Notifications(at, logByDevice.getOrDefault(d.id(), List.of()),
                                catalogue.notificationWindows()));
                factsById.put(d.id(), known);
                decided.addAll(engine.run(catalogue, seen == null ? CheckSubject.registryOnly(known)
                        : CheckSubject.scanned(known, seen.scan(), seen.live()), at));
            }
            List<Finding> inserts = new ArrayList<>();
            List<Finding> updates = new ArrayList<>();
            Map<Long, List<Finding>> opened = new HashMap<>();
            for (CheckResult r : results.insertAll(id, decided)) {
                outcomes.merge(r.outcome(), 1, Integer::sum);
                FindingLifecycle.Step step = FindingLifecycle.apply(current.get(key(r.deviceId(), r.checkId())), r,
                        titles.get(r.checkId()), today);
                changes.merge(step.change(), 1, Integer::sum);
                if (step.change() == FindingLifecycle.Change.OPENED) {
                    inserts.add(step.finding());
                } else if (step.change().writes()) {
                    updates.add(step.finding());
                }
                if (step.change().opens()) {
                    opened.computeIfAbsent(r.deviceId(), k -> new ArrayList<>()).add(step.finding());
                }
            }
            findings.insertAll(inserts);
            findings.updateAll(updates);
            List<NoticeQueue.Opened> toNotify = new ArrayList<>();
            opened.forEach((deviceId, list) -> toNotify.add(new NoticeQueue.Opened(
                    factsById.get(deviceId), list)));
            noticeQueue.queue(toNotify, at);
            devices += batch.size();
        }

        Assessment.Counts counts() {
            return new Assessment.Counts(n(outcomes, Outcome.PASS), n(outcomes, Outcome.FAIL),
                    n(outcomes, Outcome.NOT_APPLICABLE), n(outcomes, Outcome.NOT_TESTED));
        }

        Assessment.FindingCounts findingCounts() {
            return new Assessment.FindingCounts(n(changes, FindingLifecycle.Change.OPENED),
                    n(changes, FindingLifecycle.Change.STILL_OPEN) + n(changes, FindingLifecycle.Change.STILL_ACCEPTED)
                            + n(changes, FindingLifecycle.Change.ACCEPTANCE_EXPIRED),
                    n(changes, FindingLifecycle.Change.REOPENED),
                    n(changes, FindingLifecycle.Change.CLOSED));
        }

        private static <K> int n(Map<K, Integer> m, K k) {
            return m.getOrDefault(k, 0);
        }

        private static String key(long deviceId, String checkId) {
            return deviceId + "/" + checkId;
        }
    }
}
