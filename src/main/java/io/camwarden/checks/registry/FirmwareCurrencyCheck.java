package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.check.FirmwareRelease;
import io.camwarden.domain.vuln.FirmwareVersion;
import io.camwarden.domain.vuln.VersionComparison;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * FW-01: firmware unknown, or behind the newest release known for the model. The releases come with the facts
 * (the regulator's firmware register, vendor advisories' fixed builds, and builds other devices of the same
 * model run); the device's firmware is put in order against each with the vulnerability match's version order,
 * so "V5.4.5 build 170124" is older than "V5.5.0 build 180101" and "2.800.0000000.16.R" is compared by numbers.
 *
 * <p>The rule, as the catalogue's pass criterion has it ("within policy SLA of the latest security release"):
 * a newer security release published more than {@link #SLA_DAYS} days ago, or with no known date, fails the
 * device; one inside the SLA passes it with the deadline. A newer build seen running in the fleet fails it
 * too, because what that build fixes is not known (the register can say so). A newer release the register marks
 * as not security-relevant is reported but does not fail. Versions that cannot be put in order are never
 * guessed: NOT_TESTED says which.
 */
public final class FirmwareCurrencyCheck implements CheckUnit {

    /** Days a device may stay on an older build after a security release: the catalogue's "critical ≤ 30 days". */
    public static final int SLA_DAYS = 30;

    @Override
    public String checkId() {
        return "FW-01";
    }

    @Override
    public String howDecided() {
        return "From the registry: the device's firmware put in order (the vulnerability match's version order)"
                + " against the releases known for its vendor and model: the regulator's firmware register"
                + " (/api/v1/firmware-register), the fixed builds of imported vendor advisories, and the builds other"
                + " registered devices of the same model run. FAIL when the firmware is unknown, when a newer"
                + " security release came out more than " + SLA_DAYS + " days ago (or on an unknown day), or when"
                + " another device of the model already runs a newer build; PASS when none is newer or a newer"
                + " security release is still inside the " + SLA_DAYS + " days; NOT_TESTED when no release of the"
                + " model is known or the versions cannot be put in order.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        String firmware = f.device().firmware();
        FactList facts = new FactList().add("device.vendor", f.device().vendor(), f.deviceSource())
                .add("device.model", f.device().model(), f.deviceSource())
                .add("device.firmware", firmware, f.deviceSource());
        if (FactList.blank(firmware)) {
            return Decision.fail(facts.evidence("The firmware version is unknown: record it in the registry, or scan"
                    + " the device with its credentials so ONVIF GetDeviceInformation reports it. Without it no"
                    + " patch level can be shown."));
        }
        if (FactList.blank(f.device().vendor()) || FactList.blank(f.device().model())) {
            return Decision.notTested(facts.evidence("Vendor or model unknown, so the releases for this device"
                    + " cannot be looked up: record both in the registry."));
        }
        List<FirmwareRelease> known = f.firmwareReleases();
        if (known.isEmpty()) {
            return Decision.notTested(facts.evidence("No release of " + f.device().vendor() + " " + f.device().model()
                    + " is known to CamWarden: add the vendor's releases to the firmware register"
                    + " (/api/v1/firmware-register) or import an advisory bundle naming the model."));
        }
        List<FirmwareRelease> newer = new ArrayList<>();
        List<FirmwareRelease> unordered = new ArrayList<>();
        boolean someNotNewer = false;
        for (FirmwareRelease r : known) {
            VersionComparison c = FirmwareVersion.compare(firmware, r.version());
            facts.add("release", describe(r) + ": device is " + c.name().toLowerCase(java.util.Locale.ROOT), r.source());
            switch (c) {
                case LESS -> newer.add(r);
                case UNKNOWN -> unordered.add(r);
                default -> someNotNewer = true;
            }
        }
        facts.add("today", f.today(), "assessment date");
        LocalDate today = f.today();
        List<String> overdue = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> informational = new ArrayList<>();
        newer.sort(Comparator.comparing(FirmwareRelease::releasedOn, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (FirmwareRelease r : newer) {
            if (r.security()) {
                if (r.releasedOn() == null) {
                    overdue.add(describe(r) + ", a security release of unknown date");
                } else if (ChronoUnit.DAYS.between(r.releasedOn(), today) > SLA_DAYS) {
                    overdue.add(describe(r) + ", a security release out " + ChronoUnit.DAYS.between(r.releasedOn(), today)
                            + " days");
                } else {
                    pending.add(describe(r) + " (due by " + r.releasedOn().plusDays(SLA_DAYS) + ")");
                }
            } else if (r.origin() == FirmwareRelease.Origin.FLEET) {
                overdue.add(describe(r) + ", already running on " + r.source() + " (what it fixes is not known:"
                        + " the firmware register can say)");
            } else {
                informational.add(describe(r));
            }
        }
        if (!overdue.isEmpty()) {
            return Decision.fail(facts.evidence("Firmware " + firmware + " is behind: " + String.join("; ", overdue)
                    + ". Update to the newest release (Hue H2; ETSI EN 303 645 5.3-8)."));
        }
        if (!unordered.isEmpty() && !someNotNewer && pending.isEmpty()) {
            return Decision.notTested(facts.evidence("Firmware " + firmware + " cannot be put in order against "
                    + unordered.stream().map(FirmwareCurrencyCheck::describe).toList() + ": the version schemes differ."
                    + " Record the device's firmware as the vendor writes it."));
        }
        if (!unordered.isEmpty()) {
            // an unordered release might be newer: say so rather than pass silently
            return Decision.notTested(facts.evidence("No known release is overdue, but " + firmware + " cannot be put"
                    + " in order against " + unordered.stream().map(FirmwareCurrencyCheck::describe).toList()
                    + ", which may be newer."));
        }
        StringBuilder summary = new StringBuilder(pending.isEmpty()
                ? "Firmware " + firmware + " is the newest release known for the model."
                : "Firmware " + firmware + " is inside the " + SLA_DAYS + "-day update window of " + String.join("; ", pending)
                        + ".");
        if (!informational.isEmpty()) {
            summary.append(" Newer releases without security fixes: ").append(String.join("; ", informational)).append('.');
        }
        return Decision.pass(facts.evidence(summary.toString()));
    }

    private static String describe(FirmwareRelease r) {
        return r.version() + (r.releasedOn() == null ? "" : " of " + r.releasedOn())
                + (r.reference() == null ? "" : " (" + r.reference() + ")");
    }
}
