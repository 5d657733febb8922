package io.camwarden.checks;

import io.camwarden.domain.Device;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.Organization;
import io.camwarden.domain.OrganizationKind;
import io.camwarden.domain.Scope;
import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.registry.organization.OrganizationRepository;
import io.camwarden.registry.system.InformationSystemRepository;
import io.camwarden.domain.Decommission;
import io.camwarden.domain.check.ExposureReport;
import io.camwarden.domain.check.RemediationSla;
import io.camwarden.domain.check.VendorRecord;
import io.camwarden.domain.questionnaire.Answer;
import io.camwarden.exposure.ExposureReportRepository;
import io.camwarden.findings.RemediationSlaRepository;
import io.camwarden.questionnaire.QuestionnaireRepository;
import io.camwarden.registry.device.DecommissionRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gathers the registry facts of devices for their checks. The caller has already confined the devices to its
 * scope; their organisations and information systems are then read whole (an owner's device is checked
 * against its real owner record, whatever the caller may see). A session caches organisations, systems and
 * their questionnaire answers, which many devices share, and reads the warned-vendor list, the vendor
 * register, the remediation deadlines, the exposure-report counts and the published firmware releases once.
 */
@Component
public class DeviceFactsLoader {

    private static final int MAX_DEPTH = 64;

    private final InformationSystemRepository systems;
    private final OrganizationRepository organizations;
    private final WarnedVendorRepository warnedVendors;
    private final QuestionnaireRepository answers;
    private final DecommissionRepository decommissions;
    private final VendorRegisterRepository vendorRegister;
    private final ExposureReportRepository exposure;
    private final RemediationSlaRepository slas;
    private final KnownFirmware knownFirmware;
    private final VulnerabilityFactsLoader vulnerabilities;
    private final io.camwarden.checks.credential.FoundCredentials foundCredentials;
    private final int exposureWindowDays;

    public DeviceFactsLoader(InformationSystemRepository systems, OrganizationRepository organizations,
                             WarnedVendorRepository warnedVendors, QuestionnaireRepository answers,
                             DecommissionRepository decommissions, VendorRegisterRepository vendorRegister,
                             ExposureReportRepository exposure, RemediationSlaRepository slas,
                             KnownFirmware knownFirmware, VulnerabilityFactsLoader vulnerabilities,
                             io.camwarden.checks.credential.FoundCredentials foundCredentials, @Value("${camwarden.exposure.window-days:30}") int exposureWindowDays) {
        this.vulnerabilities = vulnerabilities;
        this.systems = systems;
        this.organizations = organizations;
        this.warnedVendors = warnedVendors;
        this.answers = answers;
        this.decommissions = decommissions;
        this.vendorRegister = vendorRegister;
        this.exposure = exposure;
        this.slas = slas;
        this.knownFirmware = knownFirmware;
        this.foundCredentials = foundCredentials;
        this.exposureWindowDays = Math.max(1, exposureWindowDays);
    }

    /** A session for one assessment: call within its transaction. */
    public Session session(LocalDate today) {
        Instant since = today.minusDays(exposureWindowDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Session(today, warnedVendors.list(false), vendorRegister.list(), slas.list(), since,
                exposure.countsSince(since), knownFirmware.session(), vulnerabilities.session());
    }

    /** Facts for the devices of one assessment, with shared records read once. */
    public final class Session {

        private final LocalDate today;
        private final List<WarnedVendor> warned;
        private final List<VendorRecord> vendors;
        private final List<RemediationSla> remediationSlas;
        private final Instant exposureSince;
        private final Map<ExposureReport.Kind, Integer> exposureCounts;
        private final KnownFirmware.Session firmware;
        private final VulnerabilityFactsLoader.Session vulnerabilities;
        private final Map<Long, List<Answer>> answerCache = new HashMap<>();
        private final Map<Long, InformationSystem> systemCache = new HashMap<>();
        private final Map<Long, Organization> organizationCache = new HashMap<>();
        private final Map<Long, Organization> ispCache = new HashMap<>();

        private Session(LocalDate today, List<WarnedVendor> warned, List<VendorRecord> vendors,
                        List<RemediationSla> remediationSlas, Instant exposureSince,
                        Map<ExposureReport.Kind, Integer> exposureCounts, KnownFirmware.Session firmware,
                        VulnerabilityFactsLoader.Session vulnerabilities) {
            this.vulnerabilities = vulnerabilities;
            this.today = today;
            this.warned = warned;
            this.vendors = vendors;
            this.remediationSlas = remediationSlas;
            this.exposureSince = exposureSince;
            this.exposureCounts = exposureCounts;
            this.firmware = firmware;
        }

        public DeviceFacts facts(Device d) {
            InformationSystem system = d.informationSystemId() == null ? null : systemCache.computeIfAbsent(
                    d.informationSystemId(), id -> systems.find(Scope.EVERYTHING, id).orElse(null));
            Organization owner = organization(d.ownerOrganizationId());
            Organization operator = organization(d.operatorOrganizationId());
            Organization isp = owner != null && owner.kind() == OrganizationKind.SUBSCRIBER ? isp(owner) : null;
            List<Answer> given = system == null ? List.of()
                    : answerCache.computeIfAbsent(system.id(), id -> answers.forSystem(Scope.EVERYTHING, id));
            Decommission decommission = decommissions.find(d.id()).orElse(null);
            DeviceFacts.Exposure seen = new DeviceFacts.Exposure(exposureWindowDays, exposureCounts,
                    exposureCounts.isEmpty() ? List.of() : exposure.forAddresses(d.addresses(), exposureSince));
            return new DeviceFacts(d, system, owner, operator, isp, warned, today, given, decommission, vendors, seen,
                    null, remediationSlas, firmware.releasesFor(d), d.id() == null || d.ownerOrganizationId() == null
                    ? List.of() : foundCredentials.forDevice(d.id(), d.ownerOrganizationId()),
                    vulnerabilities.facts(d.id()));
        }

        private Organization organization(Long id) {
            if (id == null) {
                return null;
            }
            if (!organizationCache.containsKey(id)) {
                organizationCache.put(id, organizations.find(Scope.EVERYTHING, id).orElse(null));
            }
            return organizationCache.get(id);
        }

        /** The nearest ISP organisation above a subscriber, or null. */
        private Organization isp(Organization subscriber) {
            if (ispCache.containsKey(subscriber.id())) {
                return ispCache.get(subscriber.id());
            }
            Organization found = null;
            Organization o = subscriber;
            for (int depth = 0; depth < MAX_DEPTH && o != null && o.parentId() != null; depth++) {
                o = organization(o.parentId());
                if (o != null && o.kind() == OrganizationKind.ISP) {
                    found = o;
                    break;
                }
            }
            ispCache.put(subscriber.id(), found);
            return found;
        }
    }
}
