package io.camwarden.checks;

import io.camwarden.domain.Decommission;
import io.camwarden.domain.Device;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.Organization;
import io.camwarden.domain.check.ExposureReport;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.domain.check.FirmwareRelease;
import io.camwarden.domain.check.NotificationWindows;
import io.camwarden.domain.check.RemediationSla;
import io.camwarden.domain.check.VendorRecord;
import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.domain.questionnaire.Answer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the registry knows about one device, gathered once for all of its checks: the device, its
 * information system (null if none), owner and operator organisations with their contacts, the ISP above a
 * SUBSCRIBER owner (null if none), the active warned-vendor entries, and the date the checks compare with;
 * and what CamWarden collected for the checks no probe can observe: the system's questionnaire answers, the
 * device's decommission record (null while in service), the vendor register, the exposure reports naming the
 * device's addresses, its findings as they stood before this assessment, the remediation SLAs, and the firmware
 * releases known for its vendor and model (FW-01), and the credentials the credential audit found on it, each with
 * the other devices of the same owner where the same credential was found (AUTH-06), and its stored vulnerability matches
 * (FW-02, FW-03), and the notification log of its findings (GOV-04).
 */
public record DeviceFacts(Device device, InformationSystem system, Organization owner, Organization operator,
                          Organization ownerIsp, List<WarnedVendor> warnedVendors, LocalDate today,
                          List<Answer> answers, Decommission decommission, List<VendorRecord> vendorRegister,
                          Exposure exposure, List<Finding> findings, List<RemediationSla> remediationSlas,
                          List<FirmwareRelease> firmwareReleases, List<FoundCredential> foundCredentials,
                          VulnerabilityFacts vulnerabilities, Notifications notifications) {

    /**
     * A credential the audit found working on the device (never the password: its masked hint), and the other
     * devices of the same owner organisation where the same user name and password were found.
     */
    public record FoundCredential(String protocol, int port, String username, String passwordHint,
                                  java.time.Instant foundAt, List<Long> sharedWith) {
        public FoundCredential {
            sharedWith = List.copyOf(sharedWith);
        }
    }

    /**
     * The exposure reports of the last {@code windowDays} days: how many of each kind arrived at all (none means
     * no source reported in the window, so silence proves nothing), and those that name the device's addresses.
     */
    public record Exposure(int windowDays, Map<ExposureReport.Kind, Integer> reportsInWindow,
                           List<ExposureReport> matching) {

        public static final Exposure NONE = new Exposure(30, Map.of(), List.of());

        public Exposure {
            reportsInWindow = Map.copyOf(reportsInWindow);
            matching = List.copyOf(matching);
        }
    }

    /**
     * The notices of the device's findings (GOV-04), the instant the assessment compares their times with (null
     * when no log was read: the command-line audit, unit tests of other checks), and the notification windows of
     * the rule set the assessment runs.
     */
    public record Notifications(java.time.Instant at, List<FindingNotice> notices, NotificationWindows windows) {

        public static final Notifications NONE = new Notifications(null, List.of());

        public Notifications {
            notices = List.copyOf(notices);
            windows = windows == null ? NotificationWindows.DEFAULTS : windows;
        }

        /** With CamWarden's default windows. */
        public Notifications(java.time.Instant at, List<FindingNotice> notices) {
            this(at, notices, null);
        }
    }

    public DeviceFacts {
        warnedVendors = warnedVendors == null ? List.of() : List.copyOf(warnedVendors);
        answers = answers == null ? List.of() : List.copyOf(answers);
        vendorRegister = vendorRegister == null ? List.of() : List.copyOf(vendorRegister);
        exposure = exposure == null ? Exposure.NONE : exposure;
        findings = findings == null ? List.of() : List.copyOf(findings);
        remediationSlas = remediationSlas == null ? List.of() : List.copyOf(remediationSlas);
        firmwareReleases = firmwareReleases == null ? List.of() : List.copyOf(firmwareReleases);
        foundCredentials = foundCredentials == null ? List.of() : List.copyOf(foundCredentials);
        vulnerabilities = vulnerabilities == null ? VulnerabilityFacts.NONE : vulnerabilities;
        notifications = notifications == null ? Notifications.NONE : notifications;
    }

    /** The facts without a notification log (the loader adds it with the findings). */
    public DeviceFacts(Device device, InformationSystem system, Organization owner, Organization operator,
                       Organization ownerIsp, List<WarnedVendor> warnedVendors, LocalDate today,
                       List<Answer> answers, Decommission decommission, List<VendorRecord> vendorRegister,
                       Exposure exposure, List<Finding> findings, List<RemediationSla> remediationSlas,
                       List<FirmwareRelease> firmwareReleases, List<FoundCredential> foundCredentials,
                       VulnerabilityFacts vulnerabilities) {
        this(device, system, owner, operator, ownerIsp, warnedVendors, today, answers, decommission, vendorRegister,
                exposure, findings, remediationSlas, firmwareReleases, foundCredentials, vulnerabilities, null);
    }

    /** The registry facts alone, as the command-line audit and unit tests have them. */
    public DeviceFacts(Device device, InformationSystem system, Organization owner, Organization operator,
                       Organization ownerIsp, List<WarnedVendor> warnedVendors, LocalDate today) {
        this(device, system, owner, operator, ownerIsp, warnedVendors, today, null, null, null, null, null, null, null,
                null, null);
    }

    /** The same facts with the device's findings as they stood before this assessment. */
    public DeviceFacts withFindings(List<Finding> before) {
        return withFindings(before, notifications);
    }

    /** The same facts with the device's findings before this assessment and their notification log (GOV-04). */
    public DeviceFacts withFindings(List<Finding> before, Notifications log) {
        return new DeviceFacts(device, system, owner, operator, ownerIsp, warnedVendors, today, answers, decommission,
                vendorRegister, exposure, before, remediationSlas, firmwareReleases, foundCredentials,
                vulnerabilities, log);
    }

    /** The security level of the device's information system; null when it has none or the level is unset. */
    public Integer securityLevel() {
        return system == null ? null : system.securityLevel();
    }

    /** How evidence names the device record. */
    public String deviceSource() {
        return "device " + device.id();
    }

    public String systemSource() {
        return "information system " + system.id() + " '" + system.name() + "'";
    }

    public static String organizationSource(Organization o) {
        return "organization " + o.id() + " '" + o.name() + "'";
    }
}
