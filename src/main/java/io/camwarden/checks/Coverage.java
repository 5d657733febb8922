package io.camwarden.checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How CamWarden covers each catalogue check that has no {@link CheckUnit} yet: the single source, with
 * {@link CheckUnits}, of docs/checks.md and of the evidence of NOT_TESTED results, so the document cannot
 * drift from the code. A check is either decided by a unit, or listed here as
 * <ul>
 *   <li>{@link Kind#NETWORK}: observable over the network; the protocol clients (RTSP, ONVIF, HTTP, TLS,
 *       Telnet/FTP/SSH) and the credential audit decide it, in the network half of the check issue;</li>
 *   <li>{@link Kind#VULNERABILITY}: decided by the offline vulnerability match;</li>
 *   <li>{@link Kind#NOT_OBSERVABLE}: not observable over the network — why, and how CamWarden collects it
 *       instead.</li>
 * </ul>
 * Collection methods that do not exist yet say "not built yet": the document promises nothing it lacks.
 */
public final class Coverage {

    /** The way a check without a unit is covered. */
    public enum Kind { NETWORK, VULNERABILITY, NOT_OBSERVABLE }

    /**
     * @param how         for NETWORK and VULNERABILITY: how it will be observed; for NOT_OBSERVABLE: why not
     * @param collectedBy for NOT_OBSERVABLE: how CamWarden collects it instead (null otherwise)
     */
    public record Entry(Kind kind, String how, String collectedBy) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static void network(String id, String how) {
        ENTRIES.put(id, new Entry(Kind.NETWORK, how, null));
    }

    private static void vulnerability(String id, String how) {
        ENTRIES.put(id, new Entry(Kind.VULNERABILITY, how, null));
    }

    private static void notObservable(String id, String why, String collectedBy) {
        ENTRIES.put(id, new Entry(Kind.NOT_OBSERVABLE, why, collectedBy));
    }

    static {
        network("AUTH-05", "Discovery replies: Hikvision SADP 'Inactive', the Dahua DHIP 'uninitialised' flag, or a"
                + " web interface answering with its first-time setup page.");
        network("AUTH-06", "Across the fleet during the credential audit: one credential accepted by more than one"
                + " device. (Per-device password hashes cannot be read over the network.)");
        notObservable("AUTH-07", "Measuring a lockout means sending failed logins until the device locks; on a"
                        + " production camera that locks out its operators, so routine assessments do not do it.",
                "Owner questionnaire or configuration export of the lockout settings (failures, window, lock time),"
                        + " and a test in a maintenance window where the owner agrees. Not built yet.");
        network("AUTH-08", "Authenticated ONVIF GetUsers with credentials the owner supplies: guest, anonymous,"
                + " legacy (888888/666666) or default secondary accounts enabled.");
        notObservable("AUTH-10", "MFA and the password policy for VMS/NVR administration are settings of the"
                        + " management software, not visible from the network.",
                "Owner questionnaire per information system, or a VMS configuration export. Not built yet.");
        notObservable("NET-01", "CamWarden runs inside the city's own network; whether a camera answers from the"
                        + " Internet can only be seen from an Internet vantage point.",
                "External-scan reports of ISPs (Directive 23 §8a-b) imported per subscriber address; a registered"
                        + " public address is a lead. Not built yet.");
        notObservable("NET-03", "Vendor P2P and cloud relays are outbound connections the camera makes; probing the"
                        + " camera does not show them.",
                "Flow or DNS logs from the camera networks (a passive sensor), the device's configuration export,"
                        + " and the approved architecture from the owner questionnaire. Not built yet.");
        network("NET-06", "A sensor placed in a user or guest zone reaches camera services: the camera segment is"
                + " not isolated.");
        notObservable("NET-07", "Botnet traffic is outbound traffic from the camera; probing the camera does not"
                        + " show it.",
                "IDS alerts, flow records or ISP abuse reports imported per address. Not built yet.");
        notObservable("NET-08", "Whether administrators come in through a VPN or jump host is a property of the"
                        + " network design, not of the camera.",
                "Owner questionnaire per information system, with the network diagram of the level dossier. Not"
                        + " built yet.");
        network("CRY-04", "RTSP offered only in the clear (no RTSPS or SRTP) on a device whose video crosses"
                + " untrusted networks (a public address or a site outside the owner's network, from the registry).");
        vulnerability("FW-02", "The offline vulnerability match of the device's identity (CPE) and firmware against"
                + " CISA KEV entries.");
        vulnerability("FW-03", "The offline vulnerability match of the device's identity (CPE) and firmware against"
                + " NVD records with CVSS 7 or more.");
        notObservable("FW-04", "A disclosure channel, an advisory feed and a published support period are facts"
                        + " about the vendor, not the device.",
                "A vendor register kept by the regulator, like the warned-vendor lists, used at procurement; the"
                        + " published support period per device is the end_of_support registry field (INV-06)."
                        + " Not built yet.");
        notObservable("FW-05", "How a device fetches and verifies updates (signed images, secure channel) cannot be"
                        + " seen without triggering an update.",
                "Vendor documentation and procurement evidence in the owner questionnaire. Not built yet.");
        notObservable("CFG-02", "Whether logs are kept, centralised and retained for the level's period (TCVN"
                        + " 14423:2026: 1 month at L2 up to 12 months at L5) is a data-retention policy of the"
                        + " owner's systems.",
                "Owner questionnaire per information system, with evidence from the log server; the configured"
                        + " syslog target from a configuration export. Not built yet.");
        notObservable("CFG-03", "The web session timeout shows only after logging in and waiting; CamWarden does not"
                        + " hold sessions open on production devices.",
                "Configuration export or owner questionnaire. Not built yet.");
        network("CFG-04", "Authenticated ONVIF GetIPAddressFilter with credentials the owner supplies: no filter, or"
                + " one that allows every address.");
        notObservable("CFG-05", "Physical ports, reset buttons and debug headers are seen on site; the network-visible"
                        + " part (debug services such as XM 9527, Telnet) is NET-04.",
                "Site inspection checklist in the owner questionnaire, for street-level public cameras first. Not"
                        + " built yet.");
        notObservable("CFG-06", "Drift compares the whole configuration with an approved per-model baseline; the"
                        + " configuration is readable only with credentials, per vendor.",
                "Read-only configuration export (ONVIF, ISAPI, CGI) with the owner's credentials, compared with a"
                        + " baseline per model. Not built yet.");
        network("CFG-07", "Scheduled heartbeats (RTSP OPTIONS, ONVIF GetSystemDateAndTime) over time: a device that"
                + " stops answering, or restarts unexpectedly.");
        notObservable("DAT-01", "Where recordings are stored and processed (NVR, VMS, cloud region) is a property of"
                        + " the system's architecture and contracts.",
                "Registry: the storage location of the information system (a field to add), and the owner"
                        + " questionnaire; cloud flows from NET-03. Not built yet.");
        notObservable("DAT-02", "Role restrictions and playback logging are settings and records of the VMS.",
                "VMS role export and a sample of its access log, through the owner questionnaire. Not built yet.");
        notObservable("DAT-03", "A wipe happens when the device leaves service; by then it is off the network.",
                "A registry decommission step that records wipe evidence before a device is deleted or"
                        + " transferred. Not built yet (deleting a device records only its history).");
        notObservable("DAT-04", "Purpose, signage, privacy masking and the impact assessment are documents and"
                        + " on-site facts.",
                "Owner questionnaire per site or information system, with the documents attached. Not built yet.");
        notObservable("GOV-03", "Monitoring and reporting duties (TT31/2017 weekly and six-monthly reports, the"
                        + " annual report at L3-5) are met by documents.",
                "Owner questionnaire with the reports attached, per information system at L3+. Not built yet.");
        notObservable("GOV-04", "Whether a finding was notified and acknowledged is a fact of the notification"
                        + " workflow, not of the device.",
                "CamWarden's own notification log (owner and ISP notices): sent and acknowledged times per finding"
                        + " against the SLA, once notification campaigns are built.");
        notObservable("GOV-05", "How long a finding stays open is a fact of the findings workflow, not of the"
                        + " device.",
                "CamWarden's own findings: first_seen and status against a per-severity SLA the regulator sets"
                        + " (not in the rule set yet); accepted risk with reason and expiry is the approved"
                        + " exception. Not built yet.");
    }

    private Coverage() {
    }

    public static Optional<Entry> of(String checkId) {
        return Optional.ofNullable(ENTRIES.get(checkId));
    }

    public static Map<String, Entry> all() {
        return Map.copyOf(ENTRIES);
    }
}
